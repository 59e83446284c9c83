// Typo tolerance (keyword rule 4). One slip is forgiven in words of 6+ letters (every kind of slip
// from 8), but a different real word must not slip through: "показы" (impressions) and "показать"
// (to show) share the stem "показ(а)".
import type { Script } from "./normalize.js";
import { allLanguages, languageFor } from "./lang/registry.js";
import { stemOf } from "./stem.js";

/** Letters a word needs on both sides (answer and keyword) before a typo is forgiven. */
export const MIN_TYPO_LETTERS = 6;
/** Letters a word needs before a changed, added or dropped letter is forgiven (swaps and doubles need 6). */
const MIN_ANY_SLIP_LETTERS = 8;
/** Stems shorter than this only forgive a typo when the whole form matches ("охват" vs "обхват"). */
const MIN_FUZZY_STEM = 6;

/** Letters that are easily written one for the other: keyboard neighbours, or two vowels (spelling by ear). */
let near: Set<string> | null = null;

// Built on first use from every registered language's keyboard and vowels.
function nearLetters(): Set<string> {
  if (near) return near;
  near = new Set<string>();
  const add = (a: string, b: string): void => { near?.add(a + b); near?.add(b + a); };
  for (const { def } of allLanguages()) {
    const rows = def.keyboard;
    rows.forEach((row, r) => {
      const chars = Array.from(row);
      chars.forEach((ch, i) => {
        if (i > 0) add(ch, chars[i - 1] ?? "");
        // Rows are staggered: key i touches keys i and i+1 of the row above.
        const above = Array.from(rows[r - 1] ?? "");
        for (const k of [i, i + 1]) if (above[k]) add(ch, above[k]);
      });
    });
    const vowels = Array.from(def.vowels);
    for (const a of vowels) for (const b of vowels) if (a !== b) add(a, b);
  }
  return near;
}

/**
 * How two words one slip apart differ. "swap": two neighbours swapped; "double": a letter doubled or a
 * double letter written once; "other": a near letter changed, or a letter added or dropped.
 */
export type Slip = "swap" | "double" | "other";

/** The slip between a and b, or null when they are equal, further apart, or differ in their first letter. */
export function slipBetween(a: string, b: string): Slip | null {
  if (a === b) return null;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return null;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return "swap";
    // Writers rarely miss the first letter; a different first letter is a different word (reach/teach).
    return i > 0 && a.slice(i + 1) === b.slice(i + 1) && nearLetters().has((a[i] ?? "") + (b[i] ?? "")) ? "other" : null;
  }
  const [long, short] = la > lb ? [a, b] : [b, a];
  if (long.slice(i + 1) !== short.slice(i)) return null;
  const extra = long[i];
  if (extra === long[i - 1] || extra === long[i + 1]) return "double";
  return i > 0 ? "other" : null;
}

/**
 * Whether a slip is forgiven in a word of this many letters. Swaps and doubled letters almost never
 * make another real word; a changed, added or dropped letter often does in short words
 * (closer/closed, stores/stories, делать/делить), so those wait for 8 letters.
 */
function forgiven(slip: Slip, letters: number): boolean {
  return slip !== "other" || letters >= MIN_ANY_SLIP_LETTERS;
}

/** True when a and b differ by exactly one slip that a word of their length is forgiven. */
export function oneSlip(a: string, b: string): boolean {
  const slip = slipBetween(a, b);
  return slip !== null && forgiven(slip, Math.min(a.length, b.length));
}

/** What the typo check needs to know about a keyword word. */
export interface FuzzyTarget {
  norm: string;
  stem: string;
  script: Script;
}

/** True when W's edit sits inside the stem (not on its last letter) and W's ending is a real ending of that stem. */
function slipInStem(w: string, t: FuzzyTarget): boolean {
  const s = t.stem;
  if (s.length < MIN_FUZZY_STEM) return false;
  const last = s[s.length - 1];
  const head = s.slice(0, -1);
  for (let j = s.length - 1; j <= s.length + 1 && j <= w.length; j++) {
    if (w[j - 1] !== last) continue;
    const slip = slipBetween(w.slice(0, j - 1), head);
    // The stem alone must be long enough for the slip: "prompt" is one slip from the stem "promot"
    // of "promotion", "επιτρέπει" (allows) from the stem "επιτροπ" of "επιτροπή" (committee).
    if (!slip || !forgiven(slip, s.length)) continue;
    if (stemOf(s + w.slice(j), t.script) === s) return true;
  }
  return false;
}

/** True when W, garbled only after the keyword's stem, becomes a form of it by undoing a doubled letter or a swap. */
function slipInEnding(w: string, wStem: string, t: FuzzyTarget): boolean {
  const s = t.stem;
  // W must read as the stem plus an ending the stemmer could not place; a well-formed other word
  // ("показами" against "показать") has a stem of its own and is left alone.
  if (s.length < MIN_FUZZY_STEM || !wStem.startsWith(s) || wStem.length <= s.length) return false;
  for (let i = Math.max(1, s.length - 1); i < w.length; i++) {
    const prev = w[i - 1] ?? "";
    const ch = w[i] ?? "";
    const candidates: string[] = [];
    if (ch === prev) candidates.push(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) candidates.push(w.slice(0, i) + (w[i + 1] ?? "") + ch + w.slice(i + 2));
    for (const x of candidates) if (stemOf(x, t.script) === s) return true;
  }
  return false;
}

/** True when answer word W (normalised, its stem given) matches keyword word T with one forgiven typo. */
export function typoMatch(w: string, wStem: string, t: FuzzyTarget): boolean {
  if (w.length < MIN_TYPO_LETTERS || t.norm.length < MIN_TYPO_LETTERS) return false;
  const slipped = oneSlip(w, t.norm) || slipInStem(w, t) || slipInEnding(w, wStem, t);
  return slipped && !(languageFor(t.script)?.distinctStems.has(`${wStem}|${t.stem}`) ?? false);
}
