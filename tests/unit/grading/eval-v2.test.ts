import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { installForms } from "../../../src/io/forms.js";
import { describe as explain, evaluate, type Evaluation } from "./evaluate.js";
import { LABELLED_V2_DIR, loadLabelled } from "./labelled/load.js";

describe("labelled set v2 (meaning: negation scope, stance, co-occurrence, numbers, sense, lists, lemmas)", () => {
  const { questions, answers } = loadLabelled(LABELLED_V2_DIR);
  let result: Evaluation;
  beforeAll(async () => {
    // The fixture keywords are not in the built table: this expands them with the dictionaries, as for a user's bank.
    await installForms(questions, fileURLToPath(new URL("../../../dist/content/", import.meta.url)));
    result = evaluate(questions, answers);
  });

  it("has at least 150 answers, every family in every language", () => {
    expect(answers.length).toBeGreaterThanOrEqual(150);
    const families = new Set(answers.map((a) => a.family));
    for (const lang of ["ru", "el", "en"]) {
      for (const family of families) expect(answers.some((a) => a.lang === lang && a.family === family), `${lang} ${family}`).toBe(true);
    }
  });

  it("is graded with precision and recall of at least 0.97", () => {
    const report = result.disagreements.map(explain).join("\n");
    expect(result.precision, report).toBeGreaterThanOrEqual(0.97);
    expect(result.recall, report).toBeGreaterThanOrEqual(0.97);
  });
});
