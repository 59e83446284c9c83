import type { Lang, Topic } from "../../content/types.js";
import type { RejectionReason } from "../../grading/types.js";
import { el } from "./el.js";
import { en } from "./en.js";
import { ru } from "./ru.js";

/** Every sentence the interface says; each language file must provide all of them. */
export interface Messages {
  score: string;
  passed: string;
  notPassed: string;
  passMark: (pass: number) => string;
  covered: string;
  missed: string;
  redFlags: string;
  redFlagWhy: string;
  modelAnswer: string;
  emptyAnswer: string;
  noneCovered: string;
  /** Why an answer with enough points did not pass: a red flag, or a bare list of terms. */
  failedByFlag: (label: string) => string;
  failedAsList: string;
  failedAsBuzzwords: string;
  /** Under a pass short of the pass mark: the answer reads like accepted answers; `words` are the ones it shares with them. */
  passedOnLikeness: (words: string) => string;
  /** Beside a red flag no keyword named: the answer reads like answers that endorse the practice. */
  flagByLikeness: (words: string) => string;
  /** The heading over mentions the grader saw but did not count, and each reason. */
  notCounted: string;
  notCountedWhy: Record<RejectionReason, string>;
  quiz: QuizMessages;
  practice: PracticeMessages;
}

/** What the `quiz` session says: prompts, progress, the summary. */
export interface QuizMessages {
  /** "Question 2/5" (the topic follows after " · "). */
  progress: (position: number, total: number) => string;
  topics: Record<Topic, string>;
  answerPrompt: string;
  /** Under the question: the commands (in this language's names) and how to start a new line. */
  commandsHelp: string;
  /** Under the answer prompt when Enter was pressed with nothing to grade; the prompt stays open. */
  nothingToGrade: string;
  /** A colon word that is no command; `commands` lists this language's names. */
  unknownCommand: (typed: string, suggestion: string | undefined, commands: string) => string;
  /** Under the answer prompt with --editor; `enterKey` is how Inquirer shows the Enter key. */
  editorPrompt: (enterKey: string) => string;
  /** The countdown under the answer, e.g. "⏱ 0:42 left". */
  timeLeft: (time: string) => string;
  timeUp: string;
  hint: string;
  skipped: string;
  nextPrompt: string;
  nextQuestion: string;
  tryAgain: string;
  quit: string;
  finish: string;
  summary: string;
  interrupted: string;
  colQuestion: string;
  colScore: string;
  colPassed: string;
  skippedMark: string;
  overTimeMark: string;
  hintMark: string;
  tries: (n: number) => string;
  /** "Average: 72% · passed 3 of 4". */
  average: (score: number, passed: number, graded: number) => string;
  skippedCount: (n: number) => string;
  /** A row's note: the points of its score that come from "I covered this". */
  selfCreditMark: (points: number) => string;
  /** Under the average: how many answers include "I covered this" and how many points of the average it adds. */
  selfCreditAverage: (answers: number, points: number) => string;
  noAnswers: string;
  weakestTopics: string;
  weakestConcepts: string;
  practiseNext: string;
  reviewHint: string;
  drillHint: string;
  allPassed: string;
  belowMinScore: (average: number, min: number) => string;
  /** Shown above the command that replays the session. */
  repeatSeed: string;
}

/** What history, `stats`, `review`, `export` and the "I covered this" override say. */
export interface PracticeMessages {
  /** Warning (stderr) when history cannot be written; the session goes on without it. */
  historyOff: (file: string, why: string) => string;
  /** Warning (stderr) about damaged lines skipped while reading history. */
  damagedLines: (file: string, lines: number[]) => string;
  /** `run` is how the user runs smm-prep: `smm-prep` or `npx smm-prep`. */
  noHistory: (run: string) => string;
  noneSelected: string;
  statsTitle: string;
  since: (day: string) => string;
  overview: (sessions: number, attempts: number, questions: number) => string;
  average: (score: number, passed: number, attempts: number) => string;
  streak: (current: number, longest: number) => string;
  noStreak: (longest: number) => string;
  keepStreak: string;
  chartTitle: string;
  chartShown: (shown: number, total: number) => string;
  byTopic: string;
  mostMissed: string;
  missedTimes: (count: number, of: number) => string;
  overridesTitle: string;
  overrideTimes: (count: number, of: number) => string;
  reviewDue: (n: number) => string;
  reviewCram: (n: number) => string;
  reviewUntil: (day: string) => string;
  /** Never-practised questions this review brings in, and the day's allowance (`--new`). */
  reviewNew: (n: number, perDay: number) => string;
  /** After each review card: in how many days it comes back, on which day, and how many are still due. */
  nextReview: (days: number, day: string, stillDue: number) => string;
  nothingDue: (day: string, question: string) => string;
  /** `run` is how the user runs smm-prep: `smm-prep` or `npx smm-prep`. */
  nothingToReview: (run: string) => string;
  /** `run` is how the user runs smm-prep: `smm-prep` or `npx smm-prep`. */
  cramHint: (run: string) => string;
  notInLang: (n: number, lang: string) => string;
  /** The "What next?" choice that opens the override step. */
  overrideChoice: string;
  overridePrompt: string;
  overrideHelp: string;
  overrideApplied: (score: number) => string;
  scorecardTitle: string;
  period: (from: string, to: string) => string;
  colQuestion: string;
  colTopic: string;
  colAttempts: string;
  colBest: string;
  colLatest: string;
  colTrend: string;
  colStillMissed: string;
  /** In the latest-score cell: the points of it from "I covered this" (null: not known, the question left the banks). */
  selfCreditCell: (points: number | null) => string;
  /** Under the average: answers with "I covered this" of all, and the points of the average they add (null: not known). */
  selfCreditSummary: (answers: number, attempts: number, points: number | null) => string;
  trend: Record<"up" | "down" | "flat" | "new", string>;
  generated: (day: string) => string;
  exported: (file: string) => string;
}

const ALL: Record<Lang, Messages> = { en, ru, el };

/** The interface messages in one language. */
export function messages(lang: Lang): Messages {
  return ALL[lang];
}
