import { describe, expect, it } from "vitest";
import { addDays, dayFormatter, daysBetween, parseDay } from "../../src/practice/days.js";

describe("parseDay", () => {
  it.each([
    ["2025-03-01", "2025-03-01"],
    [" 2024-02-29 ", "2024-02-29"],
    ["2025-02-29", undefined],
    ["2025-13-01", undefined],
    ["2025-3-1", undefined],
    ["yesterday", undefined],
    ["2025-03-01T10:00", undefined],
    ["", undefined],
  ])("%j → %j", (text, day) => expect(parseDay(text)).toBe(day));
});

describe("day arithmetic", () => {
  it.each([
    ["2025-03-01", 1, "2025-03-02"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2025-03-30", 0, "2025-03-30"],
  ])("%s + %i = %s", (day, n, expected) => expect(addDays(day, n)).toBe(expected));

  it.each([
    ["2025-03-01", "2025-03-08", 7],
    ["2025-03-08", "2025-03-01", -7],
    // Across a daylight-saving change the day count is still whole.
    ["2025-03-29", "2025-03-31", 2],
  ])("from %s to %s is %i days", (from, to, n) => expect(daysBetween(from, to)).toBe(n));
});

describe("dayFormatter", () => {
  it.each([
    ["UTC", "2025-03-01T23:30:00Z", "2025-03-01"],
    ["Europe/Athens", "2025-03-01T23:30:00Z", "2025-03-02"],
    ["America/New_York", "2025-03-01T03:00:00Z", "2025-02-28"],
    ["Asia/Tokyo", "2024-12-31T15:00:00Z", "2025-01-01"],
  ])("in %s, %s is %s", (zone, time, day) => expect(dayFormatter(zone)(time)).toBe(day));

  it("falls back to the system zone for a zone Intl does not know", () => {
    expect(dayFormatter(":/etc/localtime")("2025-03-01T12:00:00Z")).toBe(dayFormatter(undefined)("2025-03-01T12:00:00Z"));
  });
});
