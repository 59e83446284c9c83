import type { Lang } from "../content/types.js";

/** How one concept fared in an answer. `matches` are the answer's own words that earned it. */
export interface ConceptResult {
  id: string;
  label: string;
  weight: number;
  hit: boolean;
  matches: string[];
}

/** How one red flag fared in an answer. */
export interface RedFlagResult {
  id: string;
  label: string;
  hit: boolean;
  matches: string[];
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
  concepts: ConceptResult[];
  redFlags: RedFlagResult[];
}
