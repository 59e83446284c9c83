import { describe, expect, it } from "vitest";
import { compileRubric, gradeAnswer, GradingInputError, MAX_ANSWER_CHARS } from "../../../src/grading/index.js";
import { question } from "../../support/grading.js";

const rubric = {
  pass: 60,
  concepts: [
    { id: "conversions", label: "Conversions", weight: 2, keywords: ["conversions", "sales"] },
    { id: "kpis", label: "KPIs", weight: 1, keywords: ["KPI", "key performance indicators"] },
    { id: "traffic", label: "Traffic", weight: 1, keywords: ["website visits", "traffic"] },
  ],
  redFlags: [{ id: "fake", label: "Fake followers", keywords: ["buy followers"] }],
};
const q = question(rubric, "en", "goals");
const hits = (answer: string) => gradeAnswer(q, answer).concepts.filter((c) => c.hit).map((c) => c.id);

describe("gradeAnswer", () => {
  it("reports the question as bank/id, the language and the pass mark", () => {
    const g = gradeAnswer(q, "sales");
    expect([g.question, g.lang, g.pass]).toEqual(["test/goals", "en", 60]);
  });

  it.each<[string, number, boolean]>([
    ["Sales first, measured against KPIs.", 75, true],
    ["Sales.", 50, false],
    ["KPIs and traffic.", 50, false],
    ["Sales, KPIs and traffic.", 100, true],
    ["Sales, KPIs and traffic, and we buy followers.", 100, false],
    ["Nothing relevant.", 0, false],
  ])("%s → score %i, passed %s", (answer, score, passed) => {
    const g = gradeAnswer(q, answer);
    expect([g.score, g.passed]).toEqual([score, passed]);
  });

  it("quotes the answer's own words, de-duplicated, in order", () => {
    const g = gradeAnswer(q, "Conversions! Sales, more sales, and Conversions again; conversions.");
    expect(g.concepts[0]?.matches).toEqual(["Conversions", "Sales", "sales", "conversions"]);
  });

  it("quotes the original text even when invisible characters were dropped", () => {
    const g = gradeAnswer(q, "con\u00ADversions and web\u200Bsite visits");
    expect(g.concepts[0]?.matches).toEqual(["con\u00ADversions"]);
    expect(g.concepts[2]?.matches).toEqual(["web\u200Bsite visits"]);
  });

  it("accepts a rubric compiled once and gives the same grade", () => {
    const compiled = compileRubric(rubric, "en");
    const answer = "Sales and key performance indicators, not traffic.";
    expect(gradeAnswer(q, answer, compiled)).toEqual(gradeAnswer(q, answer));
  });

  it("counts a concept without a weight as weight 1", () => {
    const noWeight = question({ pass: 50, concepts: [{ id: "a", label: "A", keywords: ["sales"] } as never, { id: "b", label: "B", weight: 1, keywords: ["leads"] }], redFlags: [] });
    const g = gradeAnswer(noWeight, "sales");
    expect([g.score, g.concepts[0]?.weight]).toEqual([50, 1]);
  });

  it("scores 0 when the rubric has no concepts (and passes a pass mark of 0)", () => {
    const g = gradeAnswer(question({ pass: 0, concepts: [], redFlags: [] }), "anything");
    expect([g.score, g.passed]).toEqual([0, true]);
  });
});

describe("bad input", () => {
  it.each([
    ["empty", ""],
    ["whitespace only", "  \n\t  "],
    ["only emoji", "🚀🔥👍🏽👨‍👩‍👧"],
    ["only punctuation", "...!!! ??? —– ,,, «»"],
    ["only NUL bytes", "\u0000\u0000\u0000"],
    ["only invisible characters", "\u200B\u00AD\uFEFF"],
  ])("%s: empty, score 0, no hits", (_name, answer) => {
    const g = gradeAnswer(q, answer);
    expect([g.empty, g.score, g.passed]).toEqual([true, 0, false]);
    expect([...g.concepts, ...g.redFlags].some((r) => r.hit || r.matches.length > 0)).toBe(false);
  });

  it("grades words around NUL bytes and emoji", () => {
    expect(hits("sales\u0000traffic🚀KPI")).toEqual(["conversions", "kpis", "traffic"]);
  });

  it("grades mixed scripts in one word by their single-script parts", () => {
    expect(hits("KPIшки и salesы")).toEqual(["conversions", "kpis"]);
  });

  it("throws GradingInputError (a RangeError) above MAX_ANSWER_CHARS", () => {
    expect(MAX_ANSWER_CHARS).toBe(1_000_000);
    const tooLong = "a".repeat(MAX_ANSWER_CHARS + 1);
    expect(() => gradeAnswer(q, tooLong)).toThrow(GradingInputError);
    expect(() => gradeAnswer(q, tooLong)).toThrow(RangeError);
    expect(() => gradeAnswer(q, tooLong)).toThrow(/too long.*1,000,000/);
  });

  it("grades an answer of exactly MAX_ANSWER_CHARS", () => {
    const answer = "sales ".repeat(Math.ceil(MAX_ANSWER_CHARS / 6)).slice(0, MAX_ANSWER_CHARS);
    expect(answer.length).toBe(MAX_ANSWER_CHARS);
    expect(gradeAnswer(q, answer).concepts[0]?.hit).toBe(true);
  });

  it("grades 140,000 repeats of one misspelt word (no spread of a huge position list)", () => {
    const typo = question({ pass: 50, concepts: [{ id: "c", label: "C", weight: 1, keywords: ["engage"] }], redFlags: [] });
    const answer = "enagge ".repeat(140_000);
    expect(answer.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    const grade = gradeAnswer(typo, answer);
    expect(grade.concepts[0]?.hit).toBe(true);
    expect(grade.concepts[0]?.matches).toEqual(["enagge"]);
  });

  it.each([
    ["prose", "I focus on sales and traffic, not on likes. ".repeat(4600)],
    ["one 200 KB word", "a".repeat(200_000)],
    ["200 KB of emoji", "😀".repeat(100_000)],
    ["200 KB of punctuation", ".,;!?".repeat(40_000)],
    ["200 KB of dotted letters", "a.".repeat(100_000)],
    ["200 KB of NUL bytes", "\u0000".repeat(200_000)],
    ["200 KB of mixed-script words", "KPIшкиδέσμευσηsales ".repeat(10_000)],
    ["200 KB of distinct near-words", Array.from({ length: 25_000 }, (_, i) => `conv${i.toString(36)}ions`).join(" ")],
  ])("finishes a 200,000-character answer: %s", (_name, answer) => {
    const t = performance.now();
    gradeAnswer(q, answer.slice(0, 200_000));
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
