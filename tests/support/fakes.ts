// Plain data for the pure practice tests: questions and grades built by hand, no grader involved.
import type { Question, Topic } from "../../src/content/types.js";
import type { Grade } from "../../src/grading/types.js";
import { conceptResult, makeGrade } from "./grades.js";
import { makeQuestion } from "./questions.js";
import type { Attempt } from "../../src/practice/session.js";

/** A question with a two-concept rubric. */
export function question(id: string, topic: Topic = "analytics", bank = "drill"): Question {
  return makeQuestion({
    id,
    bank,
    topic,
    prompt: `Prompt of ${id}?`,
    guidance: `Guidance of ${id}.`,
    answer: `Model answer of ${id}.`,
    rubric: {
      pass: 60,
      concepts: [
        { id: "heavy", label: `${id} heavy`, weight: 2, keywords: ["heavy"] },
        { id: "light", label: `${id} light`, weight: 1, keywords: ["light"] },
      ],
      redFlags: [],
    },
  });
}

/** A grade of `q` with the given score; which concepts were hit follows from it (100, 67, 33 or 0). */
export function grade(q: Question, score: number): Grade {
  const heavy = score >= 66;
  const light = score === 100 || score === 33;
  // A score of 0 is a wrong answer, not an empty one (makeGrade's empty: false).
  return makeGrade({
    question: `${q.bank}/${q.id}`,
    lang: q.lang,
    score,
    passed: score >= 60,
    concepts: [conceptResult("heavy", 2, heavy, `${q.id} heavy`), conceptResult("light", 1, light, `${q.id} light`)],
  });
}

/** A graded attempt at position `position`. */
export function attempt(q: Question, position: number, score: number, extra: Partial<Attempt> = {}): Attempt {
  return { question: q, position, answer: "some answer", grade: grade(q, score), try: 1, hinted: false, overTime: false, ...extra };
}
