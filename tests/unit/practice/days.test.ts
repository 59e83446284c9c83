import { describe, expect, it } from "vitest";
import { addDays, dayFormatter, daysBetween, parseDay } from "../../../src/practice/days.js";

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

describe("dayFormatter keeps the last day as a span of time", () => {
  // Zones with DST at midnight (Sao Paulo until 2019), half-hour DST (Lord Howe) and odd offsets (Kathmandu).
  const zones = ["Europe/Athens", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kathmandu", "America/New_York"];
  // Intl's own answer, with no span kept: en-CA writes dates as YYYY-MM-DD.
  const intlDay = (zone: string) => {
    const format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    return (ms: number) => format.format(ms);
  };
  it.each(zones)("%s: every 7 minutes over the DST changes of 2018, in order and backwards, as Intl says", (zone) => {
    const times: number[] = [];
    for (let ms = Date.UTC(2018, 0, 1); ms < Date.UTC(2019, 0, 1); ms += 7 * 60_000) times.push(ms);
    const dayOf = dayFormatter(zone);
    const expected = intlDay(zone);
    const mismatches = [...times, ...times.reverse()].filter((ms) => dayOf(ms) !== expected(ms));
    expect(mismatches.map((ms) => new Date(ms).toISOString()).slice(0, 3)).toEqual([]);
  });
});
