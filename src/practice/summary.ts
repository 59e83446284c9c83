import { questionKey, type Lang, type Topic } from "../content/types.js";
import type { Grade } from "../grading/types.js";
import { groupBy } from "../group-by.js";
import type { Attempt, Outcome } from "./session.js";

/** A topic's average over the graded answers on it. */
export interface TopicScore {
  topic: Topic;
  score: number;
  answers: number;
}

/** A concept an answer missed, with the question it belongs to. */
export interface MissedConcept {
  label: string;
  weight: number;
  question: string;
}

/** What to practise next: questions to look at again, and a topic to drill. */
export interface Practice {
  /** `<bank>/<id>` of failed or skipped questions, worst first. */
  review: string[];
  /** The weakest topic, when one was failed. */
  topic?: Topic;
}

/** Everything the end-of-session summary shows, computed from the outcomes alone. */
export interface Summary {
  outcomes: Outcome[];
  /** Average score of the counted answers, to one decimal; 0 when nothing was graded. */
  average: number;
  graded: number;
  passed: number;
  skipped: number;
  weakestTopics: TopicScore[];
  weakestConcepts: MissedConcept[];
  practise: Practice;
  /** "I covered this": how many counted answers include it, and how many points of `average` it adds. */
  selfCredit: { answers: number; points: number };
}

const LIMIT = 3;

/** Rounds to one decimal, the precision the summary shows and `--min-score` compares. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Average of the grades' scores (0 for none), rounded as shown. */
export function averageScore(grades: readonly Grade[]): number {
  if (grades.length === 0) return 0;
  return roundScore(grades.reduce((sum, g) => sum + g.score, 0) / grades.length);
}

/** The summary of a session: average, pass count, weakest topics and concepts, what to practise next. */
export function summarize(outcomes: Outcome[]): Summary {
  const graded = outcomes.flatMap((o) => (o.status === "graded" ? [o] : []));
  const grades = graded.map((o) => o.attempt.grade);
  const weakestTopics = topicScores(graded).filter((t) => graded.some((o) => o.question.topic === t.topic && !o.attempt.grade.passed));
  const failedOrSkipped = outcomes
    .filter((o) => o.status === "skipped" || !o.attempt.grade.passed)
    .sort((a, b) => scoreOf(a) - scoreOf(b));
  const topic = weakestTopics[0]?.topic;
  return {
    outcomes,
    average: averageScore(grades),
    graded: grades.length,
    passed: grades.filter((g) => g.passed).length,
    skipped: outcomes.length - graded.length,
    weakestTopics: weakestTopics.slice(0, LIMIT),
    weakestConcepts: missedConcepts(graded).slice(0, LIMIT),
    practise: { review: failedOrSkipped.slice(0, LIMIT).map((o) => questionKey(o.question)), ...(topic ? { topic } : {}) },
    selfCredit: selfCreditOf(graded.map((o) => o.attempt)),
  };
}

/** Points an attempt's score owes to "I covered this" (0 without overrides). */
export function selfCreditPoints(attempt: Attempt): number {
  return attempt.graderScore === undefined ? 0 : attempt.grade.score - attempt.graderScore;
}

// The average with the overrides minus the average the grader alone gave, so it adds up with `average`.
function selfCreditOf(attempts: readonly Attempt[]): Summary["selfCredit"] {
  const vouched = attempts.filter((a) => selfCreditPoints(a) > 0);
  if (vouched.length === 0) return { answers: 0, points: 0 };
  const own = averageScore(attempts.map((a) => ({ ...a.grade, score: a.grade.score - selfCreditPoints(a) })));
  return { answers: vouched.length, points: roundScore(averageScore(attempts.map((a) => a.grade)) - own) };
}

/** The `--json` session report: `{lang, score, passed, results}`, results being the counted grades. */
export function sessionReport(lang: Lang, outcomes: Outcome[]): { lang: Lang; score: number; passed: number; results: Grade[] } {
  const results = outcomes.flatMap((o) => (o.status === "graded" ? [o.attempt.grade] : []));
  return { lang, score: averageScore(results), passed: results.filter((g) => g.passed).length, results };
}

// Skipped questions sort before any graded one: not trying at all is the first thing to fix.
function scoreOf(o: Outcome): number {
  return o.status === "graded" ? o.attempt.grade.score : -1;
}

/** Average score per topic, lowest first (ties: fewer answers first, then by name, so the order is stable). */
function topicScores(graded: Extract<Outcome, { status: "graded" }>[]): TopicScore[] {
  return [...groupBy(graded, (o) => o.question.topic)]
    .map(([topic, outcomes]) => ({ topic, score: roundScore(outcomes.reduce((a, o) => a + o.attempt.grade.score, 0) / outcomes.length), answers: outcomes.length }))
    .sort((a, b) => a.score - b.score || a.answers - b.answers || (a.topic < b.topic ? -1 : 1));
}

/**
 * Missed concepts of failed answers: each failed question's heaviest miss first (worst question
 * first), then each one's second, and so on, so three lines cover three questions rather than one.
 */
function missedConcepts(graded: Extract<Outcome, { status: "graded" }>[]): MissedConcept[] {
  const perQuestion = graded
    .filter((o) => !o.attempt.grade.passed)
    .sort((a, b) => a.attempt.grade.score - b.attempt.grade.score)
    .map((o) =>
      o.attempt.grade.concepts
        .filter((c) => !c.hit)
        .map((c, i) => ({ c, i }))
        .sort((a, b) => b.c.weight - a.c.weight || a.i - b.i)
        .map(({ c }) => ({ label: c.label, weight: c.weight, question: questionKey(o.question) })),
    );
  const out: MissedConcept[] = [];
  for (let round = 0; perQuestion.some((list) => list.length > round); round++) {
    for (const list of perQuestion) if (list[round]) out.push(list[round]!);
  }
  return out;
}
