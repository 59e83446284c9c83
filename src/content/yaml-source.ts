import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { fragment } from "./fragment.js";
import type { Node, Pos, Problem } from "./tree.js";

/** The result of reading one YAML text: its tree when it parsed, and every problem found. */
export interface ParsedSource {
  tree: Node | null;
  problems: Problem[];
}

/** Deeper nesting than this is refused before parsing; a bank needs about eight levels. */
const MAX_DEPTH = 64;

/**
 * Where the text nests deeper than MAX_DEPTH, by brackets ([ {) or by indentation levels, or
 * undefined. Checked before the YAML parser runs: it recurses per level and runs out of stack at
 * about 830. Quotes and comments are skipped roughly; a false alarm needs 64 levels of brackets anyway.
 */
function tooDeep(text: string): number | undefined {
  let flow = 0;
  const levels: number[] = [];
  let col = 0;
  let lineStart = true;
  let line = 1;
  let quote = "";
  // A block level starts at a column: the first character of a line, or of an item after "- ".
  const level = (at: number) => {
    while (levels.length > 0 && levels[levels.length - 1]! >= at) levels.pop();
    levels.push(at);
    return levels.length > MAX_DEPTH;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      line++;
      lineStart = true;
      col = 0;
      continue;
    }
    if (quote) {
      if (ch === "\\" && quote === "\"") i++;
      else if (ch === quote) quote = "";
      continue;
    }
    if (lineStart && flow === 0) {
      if (ch === " ") {
        col++;
        continue;
      }
      if (ch === "#") {
        lineStart = false;
      } else if (ch === "-" && (text[i + 1] === " " || text[i + 1] === "\n" || i + 1 === text.length)) {
        if (level(col)) return line;
        col++;
        continue;
      } else {
        lineStart = false;
        if (level(col)) return line;
      }
    }
    if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf("\n", i);
      i = (end === -1 ? text.length : end) - 1;
    } else if ((ch === "'" || ch === "\"") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = ch;
    else if (ch === "[" || ch === "{") {
      if (++flow > MAX_DEPTH) return line;
    } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
  }
  return undefined;
}

/**
 * Parses YAML text into a located tree. Aliases are refused rather than expanded: banks have no use
 * for them, and refusing them makes "billion laughs" files harmless and fast to reject.
 */
export function parseYamlSource(text: string, file: string): ParsedSource {
  const deep = tooDeep(text);
  if (deep !== undefined) return { tree: null, problems: [{ file, line: deep, col: 1, message: `nested more than ${MAX_DEPTH} levels deep; a question bank needs far fewer` }] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number | undefined): Pos => lines.linePos(offset ?? 0);
  const problems: Problem[] = [];
  const report = (pos: Pos, message: string) => problems.push({ file, ...pos, message });

  for (const err of [...doc.errors, ...doc.warnings]) {
    // The parser catches its own stack overflow; the depth check above should have come first.
    const message = /call stack/i.test(err.message) ? `nested more than ${MAX_DEPTH} levels deep; a question bank needs far fewer` : firstLine(err.message);
    report(at(err.pos[0]), fragment(message, 120));
  }
  if (doc.errors.length > 0) return { tree: null, problems };

  const convert = (node: unknown): Node => {
    const range = (node as YamlNode | null)?.range;
    const pos = at(range?.[0]);
    if (isAlias(node)) {
      report(pos, `aliases (*${fragment(node.source, 40)}) are not allowed in question banks; write the value out`);
      return { kind: "scalar", pos, value: null, source: "" };
    }
    if (isMap(node)) {
      const entries = node.items.map((pair) => {
        const key = pair.key;
        const keyPos = at((key as YamlNode | null)?.range?.[0]);
        const keyText = isScalar(key) ? String(key.value) : "";
        if (!isScalar(key)) report(keyPos, "keys must be plain words");
        return { key: keyText, keyPos, value: pair.value == null ? nullAt(keyPos) : convert(pair.value) };
      });
      return { kind: "map", pos, entries };
    }
    if (isSeq(node)) return { kind: "seq", pos, items: node.items.map(convert) };
    if (isScalar(node)) {
      const value = node.value;
      const plain = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
      return { kind: "scalar", pos, value: plain, source: node.source ?? String(value ?? "") };
    }
    return nullAt(pos);
  };
  const tree = doc.contents == null ? null : convert(doc.contents);
  return { tree, problems };
}

function nullAt(pos: Pos): Node {
  return { kind: "scalar", pos, value: null, source: "" };
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
