import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Node, Pos, Problem } from "./tree.js";

/** The result of reading one YAML text: its tree when it parsed, and every problem found. */
export interface ParsedSource {
  tree: Node | null;
  problems: Problem[];
}

/**
 * Parses YAML text into a located tree. Aliases are refused rather than expanded: banks have no use
 * for them, and refusing them makes "billion laughs" files harmless and fast to reject.
 */
export function parseYamlSource(text: string, file: string): ParsedSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number | undefined): Pos => lines.linePos(offset ?? 0);
  const problems: Problem[] = [];
  const report = (pos: Pos, message: string) => problems.push({ file, ...pos, message });

  for (const err of [...doc.errors, ...doc.warnings]) {
    report(at(err.pos[0]), firstLine(err.message));
  }
  if (doc.errors.length > 0) return { tree: null, problems };

  const convert = (node: unknown): Node => {
    const range = (node as YamlNode | null)?.range;
    const pos = at(range?.[0]);
    if (isAlias(node)) {
      report(pos, `aliases (*${node.source}) are not allowed in question banks; write the value out`);
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
