// Questions built by hand: one builder, which the grading helpers and the practice fakes specialise.
import type { Question } from "../../src/content/types.js";

/** An English basics question test/q with no concepts and no red flags; give the fields that matter. */
export function makeQuestion(fields: Partial<Question> = {}): Question {
  return { id: "q", bank: "test", lang: "en", topic: "basics", prompt: "?", guidance: "", answer: "", rubric: { pass: 50, concepts: [], redFlags: [] }, ...fields };
}
