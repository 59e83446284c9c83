// Splitting a written word into single-script runs. Mixed words are common in SMM Russian and
// Greek ("KPIшки", "SEOшник") and so are keyboard-layout slips (a Latin "o" inside a Cyrillic word).
import type { Script } from "./normalize.js";

/** One single-script piece of a written word. */
export interface Run {
  text: string;
  script: Script;
  number: boolean;
}

/** The script of one code point, or null for digits, marks, apostrophes and joiners that go with their neighbours. */
function scriptOfChar(ch: string): Script | null {
  const c = ch.codePointAt(0) ?? 0;
  // Fast paths for the three scripts the banks are written in; the regexes below are the slow truth.
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? "latin" : null;
  if (c >= 0x400 && c <= 0x52f) return c >= 0x483 && c <= 0x489 ? null : "cyrillic";
  if ((c >= 0x3b1 && c <= 0x3c9) || (c >= 0x391 && c <= 0x3a9)) return "greek";
  if (/\p{M}/u.test(ch)) return null;
  if (/\p{Script=Latin}/u.test(ch)) return "latin";
  if (/\p{Script=Cyrillic}/u.test(ch)) return "cyrillic";
  if (/\p{Script=Greek}/u.test(ch)) return "greek";
  return /\p{L}/u.test(ch) ? "other" : null;
}

function table(pairs: string): Map<string, string> {
  const m = new Map<string, string>();
  const chars = Array.from(pairs);
  for (let i = 0; i + 1 < chars.length; i += 2) m.set(chars[i] ?? "", chars[i + 1] ?? "");
  return m;
}

function reverse(m: Map<string, string>): Map<string, string> {
  return new Map(Array.from(m, ([a, b]) => [b, a] as [string, string]));
}

// Letters that look the same in two scripts, as pairs "latin, other".
const LAT_CYR = table("aаAАBВcсCСeеEЕHНKКMМoоOОpрPРTТxхXХyуYУ");
const LAT_GRK = table("AΑBΒEΕHΗIΙKΚMΜNΝOΟPΡTΤXΧYΥZΖoοvνuυiιkκxχ");
const LOOKALIKES: Record<string, Map<string, string> | undefined> = {
  "latin>cyrillic": LAT_CYR,
  "cyrillic>latin": reverse(LAT_CYR),
  "latin>greek": LAT_GRK,
  "greek>latin": reverse(LAT_GRK),
};

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Rewrites look-alike letters of a minority script into the word's main script (кoнверсия with a Latin o). */
function repairLookalikes(chars: string[], scripts: (Script | null)[]): void {
  const count = { latin: 0, cyrillic: 0, greek: 0, other: 0 };
  for (const s of scripts) if (s) count[s]++;
  const ranked = (["latin", "cyrillic", "greek"] as const).filter((s) => count[s] > 0).sort((a, b) => count[b] - count[a]);
  const main = ranked[0];
  const second = ranked[1];
  if (!main || !second || count[main] === count[second]) return;
  let i = 0;
  while (i < chars.length) {
    const s = scripts[i];
    if (!s || s === main || s === "other") { i++; continue; }
    let j = i;
    while (j < chars.length && scripts[j] === s) j++;
    const map = LOOKALIKES[`${s}>${main}`];
    const run = chars.slice(i, j);
    // A run of two or more capitals is an acronym written on purpose ("CTAшка"), not a slip.
    const acronym = run.length >= 2 && run.every(isUpper);
    if (map && !acronym && run.every((ch) => map.has(ch))) {
      for (let k = i; k < j; k++) { chars[k] = map.get(chars[k] ?? "") ?? ""; scripts[k] = main; }
    }
    i = j;
  }
}

const NUMBER = /^[0-9]+(?:[.,][0-9]+)*$/;

/** Splits one written word (NFKC) into single-script runs; digits and joiners stay with their neighbours. */
export function splitRuns(word: string): Run[] {
  const chars = Array.from(word);
  const scripts = chars.map(scriptOfChar);
  repairLookalikes(chars, scripts);
  const runs: Run[] = [];
  let text = "";
  let script: Script | null = null;
  chars.forEach((ch, i) => {
    const s = scripts[i] ?? null;
    if (s && script && s !== script) {
      runs.push({ text, script, number: false });
      text = "";
    }
    if (s) script = s;
    text += ch;
  });
  if (text) runs.push({ text, script: script ?? "other", number: script === null && NUMBER.test(text) });
  return runs;
}
