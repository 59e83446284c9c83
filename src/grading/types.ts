import type { Lang } from "../content/types.js";

/** Why a mention of a concept or red flag was not counted: the answer negated, contrasted, conceded, judged or reported it. */
export type RejectionReason = "negated" | "contrasted" | "conceded" | "judged" | "reported" | "abandoned";

/** Words of the answer that name a concept or red flag but were not counted, and why. */
export interface RejectedMention {
  words: string;
  why: RejectionReason;
}

/** How one concept fared in an answer. `matches` are the answer's own words that earned it. */
export interface ConceptResult {
  id: string;
  label: string;
  weight: number;
  hit: boolean;
  matches: string[];
  /** Mentions the grader saw but did not count ("not the goal"); absent in records made before v2. */
  rejected?: RejectedMention[];
}

/** How one red flag fared in an answer. */
export interface RedFlagResult {
  id: string;
  label: string;
  hit: boolean;
  matches: string[];
  rejected?: RejectedMention[];
}

/** The verdict on one answer to one question; this is also the `--json` shape of `grade`. */
export interface Grade {
  /** `<bank>/<id>` */
  question: string;
  lang: Lang;
  score: number;
  pass: number;
  passed: boolean;
  /** True when the answer had no words at all (empty, whitespace, only punctuation or emoji). */
  empty: boolean;
  /** True when the answer is a bare list of terms rather than statements (not passed, whatever its score). */
  list?: boolean;
  /** True when the answer is mostly generic jargon with nothing concrete (not passed, whatever its score). */
  stuffed?: boolean;
  concepts: ConceptResult[];
  redFlags: RedFlagResult[];
}
