// Lemma forms for the questions about to be graded: a built-in rubric's words come from the build's
// table as they are, and only the words of the user's own rubrics are looked up.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Bank } from "../../../src/content/types.js";
import { hasForms } from "../../../src/grading/morphology.js";
import { installForms } from "../../../src/io/forms.js";
import { isBuiltinRubric, loadBuiltinBanks } from "../../../src/io/load-content.js";
import { question } from "../../support/grading.js";

describe("installForms", () => {
  it("takes a built-in rubric's words from the build's table and looks up only the user's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "smm-prep-forms-"));
    const q = question({ pass: 50, concepts: [{ id: "c", label: "C", weight: 1, keywords: ["outreach"] }], redFlags: [] }, "en", "one");
    const bank: Bank = { bank: "test", lang: "en", title: "Test", questions: [q] } as Bank;
    writeFileSync(join(dir, "en.json"), JSON.stringify([bank]));
    // A table without "outreach": a built-in rubric is trusted to be in it, so nothing is looked up.
    writeFileSync(join(dir, "forms.json"), JSON.stringify({ post: ["posts", "posted"] }));
    const [builtin] = loadBuiltinBanks({ SMM_PREP_BUILTIN_DIR: dir }, ["en"]);
    const builtinQuestion = builtin!.questions[0]!;
    expect(isBuiltinRubric(builtinQuestion)).toBe(true);
    await installForms([builtinQuestion], dir);
    expect([hasForms("post"), hasForms("outreach")]).toEqual([true, false]);
    // The same question from the user's own bank is another rubric: its words are looked up.
    const own = { ...builtinQuestion, rubric: { ...builtinQuestion.rubric } };
    expect(isBuiltinRubric(own)).toBe(false);
    await installForms([own], dir);
    expect(hasForms("outreach")).toBe(true);
  });
});
