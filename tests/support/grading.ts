// Small builders for grading tests: a question with one concept (or one red flag) and given keywords.
import type { Lang, Question, Rubric } from "../../src/content/types.js";
import { gradeAnswer } from "../../src/grading/index.js";
import { makeQuestion } from "./questions.js";

/** A question with the given rubric. */
export function question(rubric: Rubric, lang: Lang = "en", id = "q"): Question {
  return makeQuestion({ id, lang, rubric });
}

/** A question whose only concept "c" has these keywords. */
export function conceptQuestion(keywords: string[], lang: Lang = "en"): Question {
  return question({ pass: 50, concepts: [{ id: "c", label: "C", weight: 1, keywords }], redFlags: [] }, lang);
}

/** The words that earned concept "c" of a one-concept question, or null when it was not hit. */
export function hitBy(keywords: string[], answer: string, lang: Lang = "en"): string[] | null {
  const c = gradeAnswer(conceptQuestion(keywords, lang), answer).concepts[0];
  return c?.hit ? c.matches : null;
}

/** Whether a red flag with these keywords is raised by the answer. */
export function flagged(keywords: string[], answer: string, lang: Lang = "en"): boolean {
  const q = question({ pass: 50, concepts: [], redFlags: [{ id: "f", label: "F", keywords }] }, lang);
  return gradeAnswer(q, answer).redFlags[0]?.hit ?? false;
}
