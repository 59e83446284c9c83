import { questionKey, type Question } from "../content/types.js";
import { seedFrom, seededRandom, shuffled } from "./random.js";

/**
 * Up to `count` questions from `pool`, in a shuffled order that the seed fully determines. The pool
 * is sorted by `<bank>/<id>` first, so the order banks were loaded in cannot change a seeded session.
 */
export function pickQuestions(pool: readonly Question[], count: number, seed: string): Question[] {
  const sorted = [...pool].sort((a, b) => compare(questionKey(a), questionKey(b)));
  return shuffled(sorted, seededRandom(seedFrom(seed))).slice(0, Math.max(0, count));
}

/** A fresh seed for a session without `--seed`, short enough to retype. */
export function randomSeed(random: () => number = Math.random): string {
  return String(Math.floor(random() * 1_000_000));
}

// Plain code-unit order, not localeCompare: the same on every machine whatever its locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
