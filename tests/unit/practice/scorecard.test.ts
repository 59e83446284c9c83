import { describe, expect, it } from "vitest";
import { dayFormatter } from "../../../src/practice/days.js";
import type { HistoryRecord } from "../../../src/practice/history-record.js";
import { buildScorecard, selfCreditOf, trendOf } from "../../../src/practice/scorecard.js";
import { makeRecord } from "../../support/history.js";

describe("trendOf", () => {
  it.each([
    [40, 40, 1, "new"],
    [40, 60, 2, "up"],
    [40, 45, 3, "up"],
    [40, 44, 3, "flat"],
    [60, 56, 2, "flat"],
    [60, 55, 2, "down"],
  ] as const)("first %i, latest %i, %i answers → %s", (first, latest, n, trend) => expect(trendOf(first, latest, n)).toBe(trend));
});

describe("buildScorecard", () => {
  const records = [
    makeRecord({ session: "a", question: "b/er", time: "2025-03-01T10:00:00Z", score: 30, missed: ["reach", "formula"] }),
    makeRecord({ session: "b", question: "b/roi", time: "2025-03-02T10:00:00Z", score: 90, passed: true, missed: [] }),
    makeRecord({ session: "b", question: "b/er", time: "2025-03-02T10:05:00Z", score: 80, passed: true, missed: ["reach"] }),
    makeRecord({ session: "c", question: "b/er", time: "2025-03-03T10:00:00Z", score: 60, passed: true, missed: ["formula"], lang: "ru" }),
  ];
  const card = buildScorecard(records, dayFormatter("UTC"));

  it("summarises the period", () => {
    expect(card).toMatchObject({ from: "2025-03-01", to: "2025-03-03", sessions: 3, attempts: 4, average: 65, passed: 3 });
  });
  it("gives per question the first, best and latest score, the trend and what the latest answer still missed", () => {
    expect(card.questions).toEqual([
      { question: "b/er", lang: "ru", topic: "analytics", attempts: 3, first: 30, best: 80, latest: 60, change: 30, trend: "up", stillMissed: ["formula"], overrides: [], selfCredit: 0, lastDay: "2025-03-03" },
      { question: "b/roi", lang: "en", topic: "analytics", attempts: 1, first: 90, best: 90, latest: 90, change: 0, trend: "new", stillMissed: [], overrides: [], selfCredit: 0, lastDay: "2025-03-02" },
    ]);
  });
  it("is empty for no records", () => {
    expect(buildScorecard([], dayFormatter("UTC"))).toEqual({ from: null, to: null, sessions: 0, attempts: 0, average: 0, passed: 0, selfCredit: { answers: 0, points: 0 }, questions: [] });
  });
});

describe("self-credit (“I covered this”)", () => {
  const weights = { numerator: 2, denominator: 1, percent: 1 } as Record<string, number>;
  const weightOf = (_question: string, concept: string) => weights[concept];
  it.each<[string, Partial<HistoryRecord>, number | null]>([
    ["none without overrides", { score: 50, hit: ["numerator"], missed: ["denominator", "percent"], overrides: [] }, 0],
    ["the points the grader did not give", { score: 75, hit: ["denominator"], missed: ["percent"], overrides: ["numerator"] }, 50],
    ["rounded as the grader rounds", { score: 100, hit: ["denominator"], missed: [], overrides: ["numerator", "percent"] }, 75],
    ["unknown when a concept's weight is", { score: 75, hit: ["denominator"], missed: ["percent"], overrides: ["gone"] }, null],
  ])("%s", (_name, fields, expected) => {
    expect(selfCreditOf(makeRecord(fields), weightOf)).toBe(expected);
  });
});
