// Reading the labelled set (fixture rubrics + labelled answers) from tests/grading/labelled/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Lang, Question, Rubric } from "../../../../src/content/types.js";
import type { LabelledAnswer } from "../evaluate.js";

/** The directory holding rubrics.yaml and the per-language answer files. */
export const LABELLED_DIR = fileURLToPath(new URL(".", import.meta.url));
/** The v2 set: answers for negation scope, stance, co-occurrence, numbers, sense guards, lists and lemmas. */
export const LABELLED_V2_DIR = fileURLToPath(new URL("../labelled-v2/", import.meta.url));

interface FixtureFile {
  questions: { lang: Lang; id: string; prompt: string; rubric: Rubric }[];
}

interface AnswersFile {
  lang: Lang;
  answers: { q: string; answer: string; concepts?: string[]; redFlags?: string[]; covers?: string; family?: string; list?: boolean }[];
}

/** The fixture questions and every labelled answer. */
export function loadLabelled(dir = LABELLED_DIR): { questions: Question[]; answers: LabelledAnswer[] } {
  const fixture = parse(readFileSync(join(dir, "rubrics.yaml"), "utf8")) as FixtureFile;
  const questions: Question[] = fixture.questions.map((q) => ({
    id: q.id,
    bank: "labelled",
    lang: q.lang,
    topic: "basics",
    prompt: q.prompt,
    guidance: "",
    answer: "",
    rubric: q.rubric,
  }));
  const answers: LabelledAnswer[] = [];
  for (const lang of ["en", "ru", "el"] as const) {
    const file = parse(readFileSync(join(dir, `${lang}.yaml`), "utf8")) as AnswersFile;
    for (const a of file.answers) {
      answers.push({
        lang: file.lang, q: a.q, answer: a.answer, concepts: a.concepts ?? [], redFlags: a.redFlags ?? [], covers: a.covers,
        ...(a.family ? { family: a.family } : {}), ...(a.list !== undefined ? { list: a.list } : {}),
      });
    }
  }
  return { questions, answers };
}
