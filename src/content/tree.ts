import { fragment, MAX_MESSAGE } from "./fragment.js";

/** A 1-based position in a source file. */
export interface Pos {
  line: number;
  col: number;
}

/**
 * A parsed YAML value that remembers where it came from. Maps are kept as entry lists, never as
 * objects with the file's keys, so a key like `__proto__` cannot reach any prototype.
 */
export type Node =
  | { kind: "map"; pos: Pos; entries: Entry[] }
  | { kind: "seq"; pos: Pos; items: Node[] }
  | { kind: "scalar"; pos: Pos; value: string | number | boolean | null; source: string };

export interface Entry {
  key: string;
  keyPos: Pos;
  value: Node;
}

/** One thing wrong with a content file, located for `path:line:column: message`. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** Formats a problem the way compilers do, so editors can jump to it; the message is capped as a last guard. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${fragment(p.message, MAX_MESSAGE)}`;
}
