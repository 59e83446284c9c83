import type { Problem } from "./tree.js";

/**
 * One problem for a file indented with tabs, at the first such line, or undefined. YAML forbids tab
 * indentation; the parser would report every such line and then find no document at all, which reads
 * as "the file is empty". Tabs inside a line (in text or after a key) are fine and not reported.
 */
export function tabIndentation(text: string, file: string): Problem | undefined {
  const lines = text.split("\n");
  const tabbed = lines.flatMap((line, i) => (/^ *\t/.test(line) && line.trim() !== "" ? [i + 1] : []));
  if (tabbed.length === 0) return undefined;
  const first = tabbed[0]!;
  const more = tabbed.length > 1 ? ` (and ${tabbed.length - 1} more line${tabbed.length === 2 ? "" : "s"})` : "";
  return {
    file,
    line: first,
    col: lines[first - 1]!.indexOf("\t") + 1,
    message: `indented with a tab${more}; YAML indents with spaces only: replace each tab with spaces`,
  };
}
