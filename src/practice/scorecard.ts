// The scorecard `export` writes for a mentor: per question the best and latest score, the concepts
// still missed, and the trend. Pure: labels and file writing come from the caller.
import type { Lang, Topic } from "../content/types.js";
import type { Day, DayOf } from "./days.js";
import type { HistoryRecord } from "./history-record.js";
import { roundScore } from "./summary.js";

/** Which way a question's scores are going. */
export type Trend = "up" | "down" | "flat" | "new";

/** A change of fewer points than this, first answer to latest, reads as flat. */
export const TREND_THRESHOLD = 5;

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
  questions: ScorecardRow[];
}

/** The trend of a question from its first and latest score in the period. */
export function trendOf(first: number, latest: number, attempts: number): Trend {
  if (attempts < 2) return "new";
  const change = latest - first;
  return change >= TREND_THRESHOLD ? "up" : change <= -TREND_THRESHOLD ? "down" : "flat";
}

/** Builds the scorecard of the records given (already filtered); questions weakest latest score first. */
export function buildScorecard(records: readonly HistoryRecord[], dayOf: DayOf): Scorecard {
  const sorted = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const byQuestion = new Map<string, HistoryRecord[]>();
  for (const r of sorted) byQuestion.set(r.question, [...(byQuestion.get(r.question) ?? []), r]);
  const questions = [...byQuestion].map(([question, rs]): ScorecardRow => {
    const first = rs[0]!;
    const latest = rs.at(-1)!;
    return {
      question,
      lang: latest.lang,
      topic: latest.topic,
      attempts: rs.length,
      first: first.score,
      best: Math.max(...rs.map((r) => r.score)),
      latest: latest.score,
      change: latest.score - first.score,
      trend: trendOf(first.score, latest.score, rs.length),
      stillMissed: [...latest.missed],
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
    questions,
  };
}
