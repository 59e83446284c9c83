import type { Lang } from "../content/types.js";

/** Why a mention of a concept or red flag was not counted: the answer negated, contrasted, conceded, judged, reported or abandoned it, or (a red flag) the answer reads like accepted answers, not like ones that endorse it. */
export type RejectionReason = "negated" | "contrasted" | "conceded" | "judged" | "reported" | "abandoned" | "unlike";

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
  /** True when no keyword named it but the answer reads like graded examples that endorse it; `matches` are the words it shares with them. */
  byLikeness?: boolean;
}

/** How an answer compares with the graded example answers of its question (built-in questions only). */
export interface LikenessResult {
  /** Shares of the nearest examples' similarity, by their label, 0–1. */
  strong: number;
  weak: number;
  redflag: number;
  /** The answer's own words it shares with the nearest examples that decided it, weightiest first. */
  words: string[];
  /** True when the answer passed, short of the pass mark, because it reads like accepted answers. */
  lifted: boolean;
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
  /** Absent for questions without graded examples (a user's own) and in records made before it. */
  likeness?: LikenessResult;
}
