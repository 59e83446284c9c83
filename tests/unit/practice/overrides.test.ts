import { describe, expect, it } from "vitest";
import type { Grade } from "../../../src/grading/types.js";
import { applyOverrides, effectiveOverrides } from "../../../src/practice/overrides.js";
import { conceptResult as concept, flagResult, makeGrade } from "../../support/grades.js";

const base = makeGrade({ score: 25, concepts: [concept("a", 1, true), concept("b", 2, false), concept("c", 1, false)], redFlags: [flagResult("f", false)] });

describe("applyOverrides", () => {
  it.each([
    ["nothing overridden", base, [], 25, false],
    ["a weight-2 concept", base, ["b"], 75, true],
    ["every missed concept", base, ["b", "c"], 100, true],
    ["an unknown id (ignored)", base, ["zzz"], 25, false],
    ["a concept already hit (no change)", base, ["a"], 25, false],
    ["with a red flag raised: still fails", { ...base, redFlags: [{ id: "f", label: "f", hit: true, matches: ["x"] }] }, ["b", "c"], 100, false],
    ["an empty answer: nothing to vouch for", { ...base, empty: true, score: 0, concepts: base.concepts.map((c) => ({ ...c, hit: false })) }, ["a", "b"], 0, false],
  ] as Array<[string, Grade, string[], number, boolean]>)("%s", (_name, grade, ids, score, passed) => {
    const result = applyOverrides(grade, ids);
    expect(result.score).toBe(score);
    expect(result.passed).toBe(passed);
  });

  it("leaves the grader's result untouched", () => {
    const copy = structuredClone(base);
    applyOverrides(base, ["b"]);
    expect(base).toEqual(copy);
  });

  it("effectiveOverrides keeps only missed concepts, once each", () => {
    expect(effectiveOverrides(base, ["b", "a", "b", "zzz"])).toEqual(["b"]);
    expect(effectiveOverrides({ ...base, empty: true }, ["b"])).toEqual([]);
  });
});
