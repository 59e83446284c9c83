import { describe, expect, it } from "vitest";
import { describe as explain, evaluate } from "./evaluate.js";
import { loadLabelled } from "./labelled/load.js";

describe("labelled set", () => {
  const { questions, answers } = loadLabelled();
  const result = evaluate(questions, answers);

  it("has at least 150 answers, at least 45 per language", () => {
    expect(answers.length).toBeGreaterThanOrEqual(150);
    for (const lang of ["ru", "el", "en"]) expect(answers.filter((a) => a.lang === lang).length).toBeGreaterThanOrEqual(45);
  });

  it("is graded with precision and F1 of at least 0.95", () => {
    const report = result.disagreements.map(explain).join("\n");
    expect(result.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(result.f1, report).toBeGreaterThanOrEqual(0.95);
  });

  it("counts misses and extras (a wrong label is caught)", () => {
    const first = answers[0];
    if (!first) throw new Error("no labelled answers");
    const wrong = evaluate(questions, [{ ...first, concepts: [], redFlags: ["vanity"] }]);
    expect(wrong.fn).toBe(1);
    expect(wrong.fp).toBeGreaterThan(0);
    expect(wrong.disagreements.length).toBe(2);
  });
});
