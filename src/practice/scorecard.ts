// The scorecard `export` writes for a mentor: per question the best and latest score, the concepts
// still missed, and the trend. Pure: labels and file writing come from the caller.
import type { Lang, Topic } from "../content/types.js";
import { groupBy } from "../group-by.js";
import type { Day, DayOf } from "./days.js";
import type { HistoryRecord } from "./history-record.js";
import { roundScore } from "./summary.js";

/** Which way a question's scores are going. */
export type Trend = "up" | "down" | "flat" | "new";

/** A change of fewer points than this, first answer to latest, reads as flat. */
const TREND_THRESHOLD = 5;

/** One question of the scorecard. */
export interface ScorecardRow {
  question: string;
  lang: Lang;
  topic: Topic;
  attempts: number;
  first: number;
  best: number;
  latest: number;
  /** latest − first, in points. */
  change: number;
  trend: Trend;
  /** Concept ids the latest answer still missed (after overrides). */
  stillMissed: string[];
  /** Concept ids the latest answer was credited with by "I covered this", not by the grader. */
  overrides: string[];
  /** Points of `latest` that come from those overrides (0 without any; null when the rubric is gone). */
  selfCredit: number | null;
  lastDay: Day;
}

/** The whole scorecard. */
export interface Scorecard {
  from: Day | null;
  to: Day | null;
  sessions: number;
  attempts: number;
  average: number;
  passed: number;
  /** Answers that include "I covered this", and how many points of `average` that adds (null when not known). */
  selfCredit: { answers: number; points: number | null };
  questions: ScorecardRow[];
}

/** A concept's weight in its question's rubric, when the question is still in the banks. */
export type ConceptWeight = (question: string, concept: string) => number | undefined;

/**
 * Points of a record's score that come from "I covered this": its score minus the score the grader
 * gave, recomputed from the rubric's weights as the grader does (hit weight over all weight, rounded).
 * Null when a concept's weight is not known (the question left the banks or its rubric changed).
 */
export function selfCreditOf(record: HistoryRecord, weightOf: ConceptWeight): number | null {
  if (record.overrides.length === 0) return 0;
  const weights = (ids: readonly string[]) => ids.map((id) => weightOf(record.question, id));
  const hit = weights(record.hit);
  const all = [...hit, ...weights(record.missed), ...weights(record.overrides)];
  if (all.some((w) => w === undefined)) return null;
  const sum = (ws: (number | undefined)[]) => ws.reduce<number>((a, w) => a + (w ?? 0), 0);
  const total = sum(all);
  const graded = total === 0 ? 0 : Math.round((100 * sum(hit)) / total);
  return Math.max(0, record.score - graded);
}

/** The trend of a question from its first and latest score in the period. */
export function trendOf(first: number, latest: number, attempts: number): Trend {
  if (attempts < 2) return "new";
  const change = latest - first;
  return change >= TREND_THRESHOLD ? "up" : change <= -TREND_THRESHOLD ? "down" : "flat";
}

/** Builds the scorecard of the records given (already filtered); questions weakest latest score first. */
export function buildScorecard(records: readonly HistoryRecord[], dayOf: DayOf, weightOf: ConceptWeight = () => undefined): Scorecard {
  const sorted = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const byQuestion = groupBy(sorted, (r) => r.question);
  const questions = [...byQuestion].map(([question, rs]): ScorecardRow => {
    const first = rs[0]!;
    const latest = rs.at(-1)!;
    return {
      question,
      lang: latest.lang,
      topic: latest.topic,
      attempts: rs.length,
      first: first.score,
      best: rs.reduce((best, r) => Math.max(best, r.score), -Infinity),
      latest: latest.score,
      change: latest.score - first.score,
      trend: trendOf(first.score, latest.score, rs.length),
      stillMissed: [...latest.missed],
      overrides: [...latest.overrides],
      selfCredit: selfCreditOf(latest, weightOf),
      lastDay: dayOf(latest.time),
    };
  });
  questions.sort((a, b) => a.latest - b.latest || (a.question < b.question ? -1 : 1));
  const days = sorted.map((r) => dayOf(r.time));
  return {
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
    sessions: new Set(sorted.map((r) => r.session)).size,
    attempts: sorted.length,
    average: sorted.length === 0 ? 0 : roundScore(sorted.reduce((s, r) => s + r.score, 0) / sorted.length),
    passed: sorted.filter((r) => r.passed).length,
    selfCredit: periodSelfCredit(sorted, weightOf),
    questions,
  };
}

// Points of the period's average that come from overrides: the sum of each answer's self-credit over
// the number of answers, so it adds up with `average`.
function periodSelfCredit(records: readonly HistoryRecord[], weightOf: ConceptWeight): Scorecard["selfCredit"] {
  const vouched = records.filter((r) => r.overrides.length > 0);
  if (vouched.length === 0) return { answers: 0, points: 0 };
  const credits = vouched.map((r) => selfCreditOf(r, weightOf));
  if (credits.some((c) => c === null)) return { answers: vouched.length, points: null };
  return { answers: vouched.length, points: roundScore(credits.reduce<number>((a, c) => a + (c ?? 0), 0) / records.length) };
}
