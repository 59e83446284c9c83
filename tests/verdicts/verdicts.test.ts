import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildCatalog, findQuestion } from "../../src/content/catalog.js";
import type { Lang } from "../../src/content/types.js";
import { gradeAnswer } from "../../src/grading/index.js";
import { installExamples } from "../../src/io/examples.js";
import { installForms } from "../../src/io/forms.js";
import { loadBankDirs } from "../../src/io/load-content.js";
import { ROOT } from "../support/home.js";

// Practice answers written like a candidate talks; each must get the verdict it names (see README.md here).
interface Practice {
  question: string;
  expect: "pass" | "fail" | "flag";
  flags?: string[];
  answer: string;
}

const loaded = await loadBankDirs(["content"], ROOT, null);
const catalog = buildCatalog(loaded.banks);
// As the CLI does before grading: the lemma forms of every keyword (from dist/, else the dictionaries).
await installForms(catalog.questions, join(ROOT, "dist/content"));
await installExamples(join(ROOT, "dist/content"), ["ru", "el", "en"]);
const dir = join(ROOT, "tests/verdicts");
const files = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(dir, d.name)).map((f) => ({ bank: d.name, lang: f.replace(/\.yaml$/, "") as Lang, path: join(dir, d.name, f) })));

it("the built-in banks load without problems", () => {
  expect(loaded.problems).toEqual([]);
});

describe.each(files)("$bank ($lang)", ({ bank, lang, path }) => {
  const answers = (parse(readFileSync(path, "utf8")) as { answers: Practice[] }).answers;

  it("has at least three answers for every question", () => {
    const questions = catalog.questions.filter((q) => q.bank === bank && q.lang === lang);
    for (const q of questions) expect(answers.filter((a) => a.question === q.id).length, q.id).toBeGreaterThanOrEqual(3);
  });

  it.each(answers.map((a, i) => ({ ...a, n: i + 1 })))("#$n $question must $expect", (practice) => {
    const question = findQuestion(catalog, `${bank}/${practice.question}`, lang);
    const grade = gradeAnswer(question, practice.answer);
    const flagsHit = grade.redFlags.filter((f) => f.hit).map((f) => f.id);
    const why = `score ${grade.score}, concepts ${grade.concepts.filter((c) => c.hit).map((c) => c.id).join(",")}, flags ${flagsHit.join(",")}`;
    if (practice.expect === "pass") expect(grade.passed, why).toBe(true);
    if (practice.expect === "fail") expect(grade.passed, why).toBe(false);
    if (practice.expect === "flag") {
      expect(flagsHit.length, why).toBeGreaterThan(0);
      for (const id of practice.flags ?? []) expect(flagsHit, why).toContain(id);
      expect(grade.passed, why).toBe(false);
    }
  });
});
