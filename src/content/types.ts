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

/** Scale words a number range may be stated in. */
export const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9 } as const;
export type Scale = keyof typeof SCALES;

/** Words that must all be said in one sentence, in any order; each element lists alternatives. */
export interface AllOf {
  all: (string | string[])[];
}

/** A number between two bounds (inclusive), optionally in a scale ("4.5–5.7 billion") or a percentage. */
export interface NumberRange {
  between: [number, number];
  scale?: Scale;
  unit?: "percent";
}

/** A keyword that does not count when one of `unless` stands next to it (another sense of the word). */
export interface Guarded {
  keyword: string;
  unless: string[];
}

/** What a rubric listens for: a word or phrase, or one of the structured forms. */
export type Keyword = string | AllOf | NumberRange | Guarded;

/** Something the grader looks for: a concept to credit or a red flag to raise. */
export interface Keyworded {
  id: string;
  label: string;
  keywords: Keyword[];
}

export interface Concept extends Keyworded {
  weight: number;
}

/** A red flag: said outright (`keywords`), or a practice (`practice`) that the answer endorses. */
export interface RedFlag extends Keyworded {
  practice?: Keyword[];
  /** Why an interviewer hears this as a warning, in a sentence or two; shown with the flag. */
  why?: string;
}

/** The word-and-phrase strings inside a keyword (a range has none). */
export function keywordStrings(k: Keyword): string[] {
  if (typeof k !== "object") return [String(k)];
  if ("all" in k) return k.all.flat();
  if ("between" in k) return [];
  return [k.keyword, ...k.unless];
}

/** A keyword as an author would read it: "likes + goal/success", "4.5–5.7 billion", "μέσα (not: ...)". */
export function keywordText(k: Keyword): string {
  if (typeof k === "string") return k;
  if ("all" in k) return k.all.map((part) => (Array.isArray(part) ? part.join("/") : part)).join(" + ");
  if ("between" in k) {
    const [lo, hi] = k.between;
    const range = lo === hi ? `${lo}` : `${lo}–${hi}`;
    return `${range}${k.scale ? ` ${k.scale}` : ""}${k.unit === "percent" ? " %" : ""}`;
  }
  return `${k.keyword} (not next to: ${k.unless.join(", ")})`;
}

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

/** What `list` shows of a question: enough to find and pick it, without its rubric. */
export type QuestionSummary = Pick<Question, "id" | "bank" | "lang" | "topic" | "prompt">;

/** A bank of full questions, or of summaries (BankOf<QuestionSummary>) when only the list is needed. */
export interface BankOf<Q extends QuestionSummary> {
  bank: string;
  lang: Lang;
  title: string;
  /** Where the bank was read from, for messages; "" for built-in JSON. */
  file: string;
  /** Red flags of every question of the bank (see bank-flags.ts); already joined to `questions` once read. */
  redFlags?: RedFlag[];
  questions: Q[];
  /** The line each question starts on in `file` (parallel to `questions`), for located messages. */
  lines?: number[];
}

export type Bank = BankOf<Question>;

/** The full address of a question: `<bank>/<id>`. */
export function questionKey(q: Pick<Question, "bank" | "id">): string {
  return `${q.bank}/${q.id}`;
}
