// Spaced review with FSRS (ts-fsrs). Each question is one card, whatever language it was answered in
// (the concepts are the same in every language). A card's history is replayed from the records, so
// the schedule is never stored: history.jsonl stays the single source of truth.
import { Rating, createEmptyCard, fsrs, type Card, type Grade as FsrsGrade } from "ts-fsrs";
import { addDays, daysBetween, type Day, type DayOf } from "./days.js";
import type { HistoryRecord } from "./history-record.js";

/**
 * The FSRS rating an answer's score earns. The cut-offs follow what the scores mean to a candidate:
 * under 40% the answer was essentially forgotten (Again); 40-59% is below the usual pass mark of 60%,
 * recalled with effort (Hard); 60-84% passes (Good); 85% and over covers nearly everything (Easy).
 */
export function ratingFor(score: number): FsrsGrade {
  if (score < 40) return Rating.Again;
  if (score < 60) return Rating.Hard;
  if (score < 85) return Rating.Good;
  return Rating.Easy;
}

// Day-sized steps: an interview candidate reviews in daily sittings, not in minutes (no short-term
// learning steps), and no fuzz, so the same history always gives the same schedule.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A question's card after replaying its history. */
export interface ReviewCard {
  question: string;
  card: Card;
  /** The local day the card is next due. */
  due: Day;
  attempts: number;
  latest: number;
  best: number;
  lastSeen: Day;
  /** The language of the latest answer (review asks in the session's language; this is a fallback). */
  lang: HistoryRecord["lang"];
}

/**
 * One card per question, replayed from its records. Only the first answer of each local day counts
 * for the schedule: a retry right after reading the model answer measures copying, not recall.
 * Scores still count every answer.
 */
export function buildCards(records: readonly HistoryRecord[], dayOf: DayOf): Map<string, ReviewCard> {
  const sorted = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const cards = new Map<string, ReviewCard & { lastReviewDay: Day | null }>();
  for (const r of sorted) {
    const day = dayOf(r.time);
    const at = new Date(r.time);
    const entry = cards.get(r.question) ?? { question: r.question, card: createEmptyCard(at), due: day, attempts: 0, latest: r.score, best: 0, lastSeen: day, lang: r.lang, lastReviewDay: null };
    if (entry.lastReviewDay !== day) {
      entry.card = scheduler.next(entry.card, at, ratingFor(r.score)).card;
      entry.lastReviewDay = day;
      entry.due = dayOf(entry.card.due);
    }
    entry.attempts++;
    entry.latest = r.score;
    entry.best = Math.max(entry.best, r.score);
    entry.lastSeen = day;
    entry.lang = r.lang;
    cards.set(r.question, entry);
  }
  return new Map([...cards].map(([key, { lastReviewDay: _, ...card }]) => [key, card]));
}

/**
 * With an interview date, no card may be due on or after it: a later due day is moved to the day
 * before, so every question comes back before the interview (and as close to it as FSRS allows).
 */
export function clampToUntil(cards: Iterable<ReviewCard>, until: Day | undefined): ReviewCard[] {
  const last = until === undefined ? undefined : addDays(until, -1);
  return [...cards].map((c) => (last !== undefined && c.due > last ? { ...c, due: last } : c));
}

/** A question `review` would ask, with why. */
export interface ReviewItem {
  question: string;
  due: Day;
  /** Days past the due day (0 when due today). */
  overdue: number;
  latest: number;
  best: number;
  attempts: number;
  lastSeen: Day;
}

const item = (c: ReviewCard, today: Day): ReviewItem => ({
  question: c.question,
  due: c.due,
  overdue: Math.max(0, daysBetween(c.due, today)),
  latest: c.latest,
  best: c.best,
  attempts: c.attempts,
  lastSeen: c.lastSeen,
});

const byName = (a: { question: string }, b: { question: string }) => (a.question < b.question ? -1 : a.question > b.question ? 1 : 0);

/** The cards due today or earlier, most overdue first (then the weakest, then by name). */
export function dueItems(cards: Iterable<ReviewCard>, today: Day): ReviewItem[] {
  return [...cards]
    .filter((c) => c.due <= today)
    .map((c) => item(c, today))
    .sort((a, b) => b.overdue - a.overdue || a.latest - b.latest || byName(a, b));
}

/** `--cram`: every practised question, weakest latest score first (then lowest best, then longest unseen). */
export function cramItems(cards: Iterable<ReviewCard>, today: Day): ReviewItem[] {
  return [...cards]
    .map((c) => item(c, today))
    .sort((a, b) => a.latest - b.latest || a.best - b.best || (a.lastSeen < b.lastSeen ? -1 : a.lastSeen > b.lastSeen ? 1 : 0) || byName(a, b));
}

/** The card due soonest after today, for "nothing is due; the next one is due on …". */
export function nextDue(cards: Iterable<ReviewCard>, today: Day): { question: string; due: Day } | undefined {
  const later = [...cards].filter((c) => c.due > today).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || byName(a, b));
  const first = later[0];
  return first && { question: first.question, due: first.due };
}
