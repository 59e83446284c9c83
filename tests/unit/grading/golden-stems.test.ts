import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../../src/grading/normalize.js";
import { tokenize } from "../../../src/grading/words.js";

type Golden = Record<string, Record<string, string[]>>;
const golden = JSON.parse(readFileSync(new URL("./golden-stems.json", import.meta.url), "utf8")) as Golden;

/** The stems of a written word after the grader's own normalisation. */
const stems = (word: string) => tokenize(cleanText(word).text).map((t) => t.stem);

describe.each(["ru", "el", "en"])("golden stems (%s)", (lang) => {
  const groups = golden[lang] ?? {};
  const forms = Object.entries(groups).flatMap(([base, inflected]) => inflected.map((f) => [base, f] as const));

  it("has at least 100 inflected forms", () => {
    expect(forms.length).toBeGreaterThanOrEqual(100);
  });

  it.each(forms)("%s ~ %s", (base, form) => {
    expect(stems(form)).toEqual(stems(base));
  });
});
