// Adapts the @nlpjs Snowball stemmers. We call their raw stemming step on words already normalised
// by us: the packages' own normalisers would fold й into и.
import type { Stemmer } from "./types.js";

/** The raw step of an @nlpjs stemmer. */
export interface SnowballStep {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}

/** Wraps an @nlpjs Snowball stemmer as a Stemmer. */
export function snowball(step: SnowballStep): Stemmer {
  return {
    stem(norm) {
      step.setCurrent(norm);
      step.innerStem();
      return step.getCurrent() || norm;
    },
  };
}
