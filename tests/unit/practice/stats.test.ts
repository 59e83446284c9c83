import { describe, expect, it } from "vitest";
import { dayFormatter } from "../../../src/practice/days.js";
import { computeStats, conceptCounts, filterRecords, streakOf } from "../../../src/practice/stats.js";
import { makeRecord } from "../../support/history.js";

const utc = dayFormatter("UTC");

describe("streakOf", () => {
  it.each([
    ["no practice", [], "2025-03-10", 0, 0, false],
    ["only today", ["2025-03-10"], "2025-03-10", 1, 1, true],
    ["three days up to today", ["2025-03-08", "2025-03-09", "2025-03-10"], "2025-03-10", 3, 3, true],
    ["up to yesterday: still alive", ["2025-03-08", "2025-03-09"], "2025-03-10", 2, 2, false],
    ["last practice two days ago: broken", ["2025-03-07", "2025-03-08"], "2025-03-10", 0, 2, false],
    ["a gap: counts back to it, longest remembered", ["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04", "2025-03-09", "2025-03-10"], "2025-03-10", 2, 4, true],
    ["repeats and any order", ["2025-03-10", "2025-03-09", "2025-03-10", "2025-03-09"], "2025-03-10", 2, 2, true],
    ["across a month end", ["2025-02-27", "2025-02-28", "2025-03-01"], "2025-03-01", 3, 3, true],
    ["future days (a clock moved back) are ignored", ["2025-03-10", "2025-03-11"], "2025-03-10", 1, 1, true],
  ])("%s", (_name, days, today, current, longest, practisedToday) => {
    expect(streakOf(days, today)).toMatchObject({ current, longest, practisedToday });
  });
});

describe("the local day decides a streak and the chart", () => {
  // 23:30 UTC on 1 March is already 2 March in Athens.
  const records = [makeRecord({ time: "2025-03-01T23:30:00Z" }), makeRecord({ time: "2025-03-02T08:00:00Z" })];
  it.each([
    ["UTC", 2, ["2025-03-01", "2025-03-02"]],
    ["Europe/Athens", 1, ["2025-03-02"]],
  ])("in %s", (zone, current, days) => {
    const stats = computeStats(records, dayFormatter(zone), "2025-03-02");
    expect(stats.streak.current).toBe(current);
    expect(stats.days.map((d) => d.day)).toEqual(days);
  });
});

describe("computeStats", () => {
  const records = [
    makeRecord({ session: "a", time: "2025-03-01T09:00:00Z", question: "faq/er", topic: "analytics", score: 40, passed: false, missed: ["reach"] }),
    makeRecord({ session: "a", time: "2025-03-01T09:05:00Z", question: "faq/roi", topic: "analytics", score: 80, passed: true, missed: [] }),
    makeRecord({ session: "b", time: "2025-03-03T09:00:00Z", question: "faq/er", topic: "analytics", score: 70, passed: true, missed: ["reach"], overrides: ["formula"] }),
    makeRecord({ session: "b", time: "2025-03-03T09:10:00Z", question: "interview/trolls", topic: "community", score: 20, passed: false, missed: ["calm", "rules"] }),
  ];
  const stats = computeStats(records, utc, "2025-03-03");

  it("counts sessions, answers, questions and passes", () => {
    expect(stats).toMatchObject({ attempts: 4, sessions: 2, questions: 3, passed: 2, average: 52.5 });
  });
  it("averages per practice day, oldest first", () => {
    expect(stats.days).toEqual([
      { day: "2025-03-01", average: 60, attempts: 2 },
      { day: "2025-03-03", average: 45, attempts: 2 },
    ]);
  });
  it("averages per topic, weakest first", () => {
    expect(stats.topics).toEqual([
      { topic: "community", average: 20, attempts: 1 },
      { topic: "analytics", average: 63.3, attempts: 3 },
    ]);
  });
  it("ranks the most-missed concepts by count, then rate", () => {
    expect(stats.mostMissed).toEqual([
      { question: "faq/er", concept: "reach", count: 2, of: 2 },
      { question: "interview/trolls", concept: "calm", count: 1, of: 1 },
      { question: "interview/trolls", concept: "rules", count: 1, of: 1 },
    ]);
  });
  it("counts overrides per concept", () => {
    expect(stats.overrides).toEqual([{ question: "faq/er", concept: "formula", count: 1, of: 2 }]);
  });
  it("is all zeros for no records", () => {
    expect(computeStats([], utc, "2025-03-03")).toMatchObject({ attempts: 0, sessions: 0, average: 0, days: [], topics: [], mostMissed: [] });
  });
  it("cuts the most-missed list to the limit", () => {
    const many = Array.from({ length: 8 }, (_, i) => makeRecord({ question: `b/q${i}`, missed: ["x"] }));
    expect(computeStats(many, utc, "2025-03-03", 3).mostMissed).toHaveLength(3);
    expect(conceptCounts(many, (r) => r.missed)).toHaveLength(8);
  });
});

describe("filterRecords", () => {
  const records = [
    makeRecord({ time: "2025-02-28T12:00:00Z", lang: "en" }),
    makeRecord({ time: "2025-03-01T00:30:00Z", lang: "ru" }),
    makeRecord({ time: "2025-03-02T12:00:00Z", lang: "el" }),
  ];
  it.each([
    ["no filter", {}, 3],
    ["--lang ru", { lang: "ru" as const }, 1],
    ["--since 2025-03-01", { since: "2025-03-01" }, 2],
    ["--since and --lang", { since: "2025-03-01", lang: "en" as const }, 0],
  ])("%s", (_name, filter, n) => expect(filterRecords(records, filter, utc)).toHaveLength(n));

  it("uses the local day for --since", () => {
    // 00:30 UTC on 1 March is still 28 February in New York.
    expect(filterRecords(records, { since: "2025-03-01" }, dayFormatter("America/New_York"))).toHaveLength(1);
  });
});
