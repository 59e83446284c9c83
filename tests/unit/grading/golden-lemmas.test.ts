// Golden morphology through the whole grader: each inflected form must credit a concept whose keyword is
// its base word (by stem, by dictionary forms or by the Greek verb keys), and each "apart" pair must not
// meet either way. Data: golden-lemmas.json (ru, en) and golden-el.json (el).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Lang, Question } from "../../../src/content/types.js";
import { gradeAnswer } from "../../../src/grading/index.js";
import { installForms } from "../../../src/io/forms.js";
import { conceptQuestion } from "../../support/grading.js";

type Groups = Record<string, string[]>;
const read = (name: string) => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8"));
const lemmas = read("golden-lemmas.json") as { ru: Groups; en: Groups; apart: Record<"ru" | "en", [string, string][]> };
const greek = read("golden-el.json") as { el: Groups; apart: [string, string][] };
const data: Record<Lang, { groups: Groups; apart: [string, string][] }> = {
  ru: { groups: lemmas.ru, apart: lemmas.apart.ru },
  en: { groups: lemmas.en, apart: lemmas.apart.en },
  el: { groups: greek.el, apart: greek.apart },
};

const question = (lang: Lang, keyword: string): Question => ({ ...conceptQuestion([keyword], lang), id: `${lang}-${keyword}` });
const credits = (lang: Lang, keyword: string, answer: string) => gradeAnswer(question(lang, keyword), answer).concepts[0]!.hit;

beforeAll(async () => {
  const all = (Object.keys(data) as Lang[]).flatMap((lang) => {
    const { groups, apart } = data[lang];
    return [...Object.keys(groups), ...apart.flat()].map((w) => question(lang, w));
  });
  // As for a user's own bank: the keywords are expanded by the dictionaries at run time.
  await installForms(all, fileURLToPath(new URL("../../../dist/content/", import.meta.url)));
});

describe.each(["ru", "el", "en"] as const)("golden lemmas (%s)", (lang) => {
  const { groups, apart } = data[lang];
  const forms = Object.entries(groups).flatMap(([base, list]) => list.map((f) => [base, f] as const));

  it("has at least 200 forms and 20 pairs that stay apart", () => {
    expect(forms.length).toBeGreaterThanOrEqual(200);
    expect(apart.length).toBeGreaterThanOrEqual(20);
  });

  it.each(forms)("%s ⇐ %s", (base, form) => {
    expect(credits(lang, base, form)).toBe(true);
  });

  it.each(apart)("%s ≠ %s", (a, b) => {
    expect(credits(lang, a, b)).toBe(false);
    expect(credits(lang, b, a)).toBe(false);
  });
});
