// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (U+009B is a one-byte CSI on
// many terminals) and the bidi overrides raw. Whoever prints our --json on a terminal must not have
// text from a bank, an answer or the history rewrite the screen or reorder what they read.
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text of `value`, with every character that could act on a terminal written as a \u escape (still the same JSON). */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
