import stringWidth from "fast-string-width";
import { wrapAnsi } from "fast-wrap-ansi";

export { inert } from "./inert.js";

// Printable Latin, Greek and Cyrillic without combining marks: one column per code unit. Most of what
// we lay out is such text, and the general measure compiles Unicode regexes (milliseconds) on first use.
const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u04ff]*$/;

/** How many terminal columns a string takes (wide characters count two, colour codes none). */
export function width(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

/** Cuts text to at most `max` columns, ending with "…" when it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max && !/[^\u0000-\u04ff]/.test(text)) return text; // narrow scripts: one column per code unit
  if (width(text) <= max) return text;
  let out = "";
  let used = 0;
  for (const { segment } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)) {
    used += width(segment);
    if (used > max - 1) break;
    out += segment;
  }
  return `${out}…`;
}

/** Pads text with spaces to `columns` terminal columns. */
export function pad(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}

/** Wraps text to the terminal width, keeping blank lines, with an optional indent on every line. */
export function wrap(text: string, columns: number, indent = ""): string {
  const room = Math.max(10, columns - width(indent));
  return text
    .split("\n")
    .map((line) => wrapAnsi(line, room, { hard: true, trim: true }))
    .join("\n")
    .split("\n")
    .map((line) => (line === "" ? "" : indent + line))
    .join("\n");
}

/** The width to lay text out in: the terminal's, else $COLUMNS, else `fallback`. */
export function columnsOf(stream: { columns?: number; isTTY?: boolean }, env: Record<string, string | undefined>, fallback: number): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}
