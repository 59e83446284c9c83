import type { Lang, Topic } from "../../content/types.js";
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
  quiz: QuizMessages;
}

/** What the `quiz` session says: prompts, progress, the summary. */
export interface QuizMessages {
  /** "Question 2/5" (the topic follows after " · "). */
  progress: (position: number, total: number) => string;
  topics: Record<Topic, string>;
  answerPrompt: string;
  commandsHelp: string;
  editorPrompt: string;
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
  noAnswers: string;
  weakestTopics: string;
  weakestConcepts: string;
  practiseNext: string;
  reviewHint: string;
  drillHint: string;
  allPassed: string;
  belowMinScore: (average: number, min: number) => string;
  repeatSeed: (command: string) => string;
}

const ALL: Record<Lang, Messages> = { en, ru, el };

/** The interface messages in one language. */
export function messages(lang: Lang): Messages {
  return ALL[lang];
}
