import { passes, scoreOf } from "../grading/score.js";
import type { Grade } from "../grading/types.js";

/**
 * The grade recomputed as if the answer had covered the concepts the user vouched for ("I covered
 * this"), scored by the grader's own formula, so an override counts exactly as the keyword it stands
 * for would have; red flags still fail the answer, and an empty answer has nothing to vouch for.
 * Ids that are not missed concepts of this grade are ignored. The grader's own result is not changed.
 */
export function applyOverrides(grade: Grade, conceptIds: readonly string[]): Grade {
  const vouched = new Set(conceptIds);
  if (vouched.size === 0 || grade.empty) return grade;
  const concepts = grade.concepts.map((c) => (!c.hit && vouched.has(c.id) ? { ...c, hit: true, matches: [] } : c));
  const score = scoreOf(concepts);
  return { ...grade, concepts, score, passed: passes({ ...grade, score }) };
}

/** The ids from `conceptIds` that applyOverrides actually credits: missed concepts of a non-empty answer. */
export function effectiveOverrides(grade: Grade, conceptIds: readonly string[]): string[] {
  if (grade.empty) return [];
  const missed = new Set(grade.concepts.filter((c) => !c.hit).map((c) => c.id));
  return [...new Set(conceptIds)].filter((id) => missed.has(id));
}
