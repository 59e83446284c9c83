// Installs the lemma forms the grader needs for a set of questions (see grading/morphology.ts): the
// built-in banks' forms come precomputed in dist/content/forms.json; words of the user's own banks are
// expanded here, which loads the dictionaries (about 200 ms) only when such a word is graded.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { keywordStrings, type Question } from "../content/types.js";
import { hasForms, useForms } from "../grading/morphology.js";
import { cleanText } from "../grading/normalize.js";
import { tokenize } from "../grading/words.js";
import type { KeywordWord } from "./morphology.js";
import { isBuiltinRubric } from "./load-content.js";

// An acronym (KPI, ЦА) is matched exactly and never inflected; a word with digits (GA4) likewise.
const isAcronym = (orig: string) => {
  const letters = Array.from(orig).filter((ch) => /\p{L}/u.test(ch));
  return letters.length >= 2 && letters.every((ch) => ch !== ch.toLowerCase());
};

/** Every ordinary Latin or Cyrillic word of the questions' keywords, normalised, each once. */
export function keywordWords(questions: readonly Question[]): KeywordWord[] {
  const words = new Map<string, KeywordWord>();
  for (const q of questions) {
    const items = [...(q.rubric.concepts ?? []), ...(q.rubric.redFlags ?? [])];
    const keywords = items.flatMap((item) => [...(item.keywords ?? []), ...(("practice" in item ? item.practice : undefined) ?? [])]);
    for (const text of keywords.flatMap(keywordStrings)) {
      for (const t of tokenize(cleanText(text).text, q.lang)) {
        if (t.number || /\p{N}/u.test(t.norm) || isAcronym(t.orig)) continue;
        // Russian glue words ("то", "в") have forms that are other glue words ("тем", "во"): nothing to gain,
        // much to confuse. English ones keep their irregular forms (do/did, go/went).
        if (t.lang?.functionWords.has(t.norm) || (t.script === "cyrillic" && t.lang?.glueWords.has(t.norm))) continue;
        // A number word is a number, not a verb form: "три" (three) must not pick up the forms of "тереть".
        if (t.script === "cyrillic" && t.lang?.numberWords.has(t.norm)) continue;
        if (t.script === "latin" || t.script === "cyrillic") words.set(t.norm, { norm: t.norm, script: t.script });
      }
    }
  }
  return [...words.values()];
}

let builtinRead = false;
let builtinForms = false;

/** Makes sure the grader knows the lemma forms of every keyword word of these questions. */
export async function installForms(questions: readonly Question[], builtinDir: string): Promise<void> {
  if (!builtinRead) {
    builtinRead = true;
    try {
      useForms(JSON.parse(await readFile(join(builtinDir, "forms.json"), "utf8")) as Record<string, string[]>);
      builtinForms = true;
    } catch {
      // No table (a partial build): words are still compared by stem, and the user's words are expanded below.
    }
  }
  // A built-in rubric's words are all in the table: tokenising its thousands of practice phrases again
  // to find none missing cost a sixth of grading one answer.
  const missing = keywordWords(builtinForms ? questions.filter((q) => !isBuiltinRubric(q)) : questions).filter((w) => !hasForms(w.norm));
  if (missing.length === 0) return;
  const { expandForms } = await import("./morphology.js");
  const forms = await expandForms(missing);
  // Words with nothing to add are recorded too, so they are not looked up again.
  useForms(Object.fromEntries(missing.map((w) => [w.norm, Object.hasOwn(forms, w.norm) ? forms[w.norm] ?? [] : []])));
}
