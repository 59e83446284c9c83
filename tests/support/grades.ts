// Grades built by hand, for tests of what happens after grading (overrides, history, summaries):
// one builder, so a field added to Grade is added here once.
import type { ConceptResult, Grade, RedFlagResult } from "../../src/grading/types.js";

/** A concept result; a hit one was earned by its own id as the word. */
export function conceptResult(id: string, weight: number, hit: boolean, label = id): ConceptResult {
  return { id, label, weight, hit, matches: hit ? [id] : [] };
}

/** A red-flag result; a raised one was raised by its own id as the word. */
export function flagResult(id: string, hit: boolean, label = id): RedFlagResult {
  return { id, label, hit, matches: hit ? [id] : [] };
}

/** A grade of an English answer to b/q that is not empty and not passed; give the fields that matter. */
export function makeGrade(fields: Partial<Grade> = {}): Grade {
  return { question: "b/q", lang: "en", score: 0, pass: 60, passed: false, empty: false, concepts: [], redFlags: [], ...fields };
}
