// Build step for the graded examples (keyword rule 11): the tuning two-thirds of the blind corpus
// (tests/blind/*.jsonl, `split: tune`) become dist/content/examples.<lang>.json, each answer reduced to its
// label, its content-word stems and the red flags its rubric names. The held-back third and the fresh
// round are never examples: they are what the examples are measured on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LANGS, questionKey, type Bank } from "../src/content/types.js";
import { exampleWords, gradeAnswer, useForms, type ExampleSet, type GradedExample } from "../src/grading/index.js";
import { cleanText } from "../src/grading/normalize.js";
import { tokenize } from "../src/grading/words.js";

interface BlindLine {
  q: string;
  lang: string;
  expect: GradedExample["label"];
  answer: string;
  split: string;
  /** The practices a red-flag answer endorses, read from its writer's note (see tests/blind/README.md). */
  flags?: string[];
}

/** The graded examples of the built-in banks, by `<lang>:<bank>/<id>`, from the blind corpus's tuning split. */
export function buildExamples(banks: readonly Bank[], forms: Record<string, string[]>, blindDir: string): Record<string, ExampleSet> {
  useForms(forms);
  const questions = new Map<string, Bank["questions"][number]>(banks.flatMap((b) => b.questions.map((q) => [`${q.lang}:${questionKey(q)}`, q] as const)));
  const sets: Record<string, { prompt: string; examples: GradedExample[] }> = {};
  for (const lang of LANGS) {
    for (const line of readFileSync(join(blindDir, `${lang}.jsonl`), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as BlindLine;
      if (a.split !== "tune") continue;
      const key = `${a.lang}:${a.q}`;
      const question = questions.get(key);
      if (!question) throw new Error(`tests/blind/${lang}.jsonl: no built-in question ${key}`);
      const words = exampleWords(tokenize(cleanText(a.answer).text, a.lang));
      // Flags only for red-flag examples: they name the practice an answer like them endorses. The
      // rubric's own, and where it names none, the one its writer's note names: an example that
      // describes a practice in words no rubric lists is the kind that teaches the most.
      const named = a.expect === "redflag" ? gradeAnswer(question, a.answer).redFlags.filter((f) => f.hit).map((f) => f.id) : [];
      const flags = a.expect !== "redflag" ? [] : named.length > 0 ? named : checkedFlags(a, question, lang);
      (sets[key] ??= { prompt: question.prompt, examples: [] }).examples.push({ label: a.expect, words, flags });
    }
  }
  return sets;
}

/** The flags a red-flag line's note names, each checked to be one of its question's red flags. */
function checkedFlags(a: BlindLine, question: Bank["questions"][number], lang: string): string[] {
  // The question's own red flags and its bank's, joined when the bank was read.
  const known = new Set(question.rubric.redFlags.map((f) => f.id));
  for (const f of a.flags ?? []) if (!known.has(f)) throw new Error(`tests/blind/${lang}.jsonl: ${a.q} has no red flag "${f}"`);
  return a.flags ?? [];
}
