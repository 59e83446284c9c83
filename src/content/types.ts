/** The languages every built-in bank is written in. */
export const LANGS = ["ru", "el", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The closed list of topics a question may carry (documented in the README). */
export const TOPICS = [
  "basics",
  "strategy",
  "platforms",
  "content",
  "community",
  "growth",
  "analytics",
  "advertising",
  "tools",
  "seo",
  "career",
] as const;
export type Topic = (typeof TOPICS)[number];

/** Something the grader looks for: a concept to credit or a red flag to raise. */
export interface Keyworded {
  id: string;
  label: string;
  keywords: string[];
}

export interface Concept extends Keyworded {
  weight: number;
}

export type RedFlag = Keyworded;

export interface Rubric {
  /** Percent of concept weight needed to pass. */
  pass: number;
  concepts: Concept[];
  redFlags: RedFlag[];
}

export interface Source {
  article: string;
  item: number;
}

export interface Question {
  id: string;
  bank: string;
  lang: Lang;
  topic: Topic;
  prompt: string;
  guidance: string;
  answer: string;
  source?: Source;
  rubric: Rubric;
}

export interface Bank {
  bank: string;
  lang: Lang;
  title: string;
  /** Where the bank was read from, for messages; "" for built-in JSON. */
  file: string;
  questions: Question[];
  /** The line each question starts on in `file` (parallel to `questions`), for located messages. */
  lines?: number[];
}

/** The full address of a question: `<bank>/<id>`. */
export function questionKey(q: Pick<Question, "bank" | "id">): string {
  return `${q.bank}/${q.id}`;
}
