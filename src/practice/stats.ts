// Progress over the whole history: pure functions of the records, the day function and today.
import { TOPICS, type Lang, type Topic } from "../content/types.js";
import { groupBy } from "../group-by.js";
import { addDays, type Day, type DayOf } from "./days.js";
import type { HistoryRecord } from "./history-record.js";
import { roundScore } from "./summary.js";

/** The average score of one practice day. */
export interface DayPoint {
  day: Day;
  average: number;
  attempts: number;
}

/** The average score on one topic. */
export interface TopicPoint {
  topic: Topic;
  average: number;
  attempts: number;
}

/** A concept of one question and how often answers missed it (or the user overrode the grader on it). */
export interface ConceptCount {
  question: string;
  concept: string;
  count: number;
  /** How many answers to the question there were, so the count can be read as a rate. */
  of: number;
}

/** Consecutive days of practice. */
export interface Streak {
  /** Days in a row up to today; a streak whose last day is yesterday is still alive (today is not over). */
  current: number;
  longest: number;
  practisedToday: boolean;
  lastDay: Day | null;
}

/** Everything `stats` shows. */
export interface Stats {
  attempts: number;
  sessions: number;
  questions: number;
  passed: number;
  average: number;
  days: DayPoint[];
  topics: TopicPoint[];
  mostMissed: ConceptCount[];
  overrides: ConceptCount[];
  streak: Streak;
}

/** Which records `stats` and `export` look at. */
export interface RecordFilter {
  lang?: Lang;
  /** The first local day to include. */
  since?: Day;
}

/** The records matching the filter; `dayOf` gives a record's local day. */
export function filterRecords(records: readonly HistoryRecord[], filter: RecordFilter, dayOf: DayOf): HistoryRecord[] {
  return records.filter((r) => (filter.lang === undefined || r.lang === filter.lang) && (filter.since === undefined || dayOf(r.time) >= filter.since));
}

const mean = (scores: number[]) => (scores.length === 0 ? 0 : roundScore(scores.reduce((a, b) => a + b, 0) / scores.length));

/** Sessions, attempts, average per day and per topic, most-missed and overridden concepts, the streak. */
export function computeStats(records: readonly HistoryRecord[], dayOf: DayOf, today: Day, limit = 5): Stats {
  const byDay = groupBy(records, (r) => dayOf(r.time));
  const days = [...byDay]
    .map(([day, rs]) => ({ day, average: mean(rs.map((r) => r.score)), attempts: rs.length }))
    .sort((a, b) => (a.day < b.day ? -1 : 1));
  const byTopic = groupBy(records, (r) => r.topic);
  // Weakest first; equal averages keep the README's topic order.
  const topics = [...byTopic]
    .map(([topic, rs]) => ({ topic, average: mean(rs.map((r) => r.score)), attempts: rs.length }))
    .sort((a, b) => a.average - b.average || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic));
  return {
    attempts: records.length,
    sessions: new Set(records.map((r) => r.session)).size,
    questions: new Set(records.map((r) => r.question)).size,
    passed: records.filter((r) => r.passed).length,
    average: mean(records.map((r) => r.score)),
    days,
    topics,
    mostMissed: conceptCounts(records, (r) => r.missed).slice(0, limit),
    overrides: conceptCounts(records, (r) => r.overrides),
    streak: streakOf(days.map((d) => d.day), today),
  };
}

/** How often each question's concept appears in `pick` of its records, most often first (then by rate, then name). */
export function conceptCounts(records: readonly HistoryRecord[], pick: (r: HistoryRecord) => readonly string[]): ConceptCount[] {
  const asked = new Map<string, number>();
  const counts = new Map<string, ConceptCount>();
  for (const r of records) {
    asked.set(r.question, (asked.get(r.question) ?? 0) + 1);
    for (const concept of new Set(pick(r))) {
      const key = `${r.question}\u0000${concept}`;
      const entry = counts.get(key) ?? { question: r.question, concept, count: 0, of: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const rows = [...counts.values()].map((c) => ({ ...c, of: asked.get(c.question) ?? c.count }));
  const name = (c: ConceptCount) => `${c.question}#${c.concept}`;
  return rows.sort((a, b) => b.count - a.count || b.count / b.of - a.count / a.of || (name(a) < name(b) ? -1 : 1));
}

/**
 * The streak over the days practised (any order, repeats allowed). `current` counts back from today,
 * or from yesterday when nothing has been done yet today; `longest` is the best run ever.
 */
export function streakOf(practised: readonly Day[], today: Day): Streak {
  const days = [...new Set(practised)].filter((d) => d <= today).sort();
  let longest = 0;
  let run = 0;
  for (const [i, day] of days.entries()) {
    run = i > 0 && addDays(days[i - 1]!, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const set = new Set(days);
  const practisedToday = set.has(today);
  let current = 0;
  for (let day = practisedToday ? today : addDays(today, -1); set.has(day); day = addDays(day, -1)) current++;
  return { current, longest, practisedToday, lastDay: days.at(-1) ?? null };
}
