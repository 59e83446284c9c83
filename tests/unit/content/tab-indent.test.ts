import { describe, expect, it } from "vitest";
import { tabIndentation } from "../../../src/content/tab-indent.js";

describe("tabIndentation", () => {
  it.each([
    ["spaces only", "a:\n  - b\n", undefined],
    ["a tab inside a line", "a: b\tc\n", undefined],
    ["a blank line of tabs", "a:\n\t\n  - b\n", undefined],
    ["one tabbed line", "a:\n\t- b\n", { line: 2, col: 1, message: "indented with a tab; YAML indents with spaces only: replace each tab with spaces" }],
    ["spaces, then a tab", "a:\n  \tb: c\n\td: e\n\tf: g\n", { line: 2, col: 3, message: "indented with a tab (and 2 more lines); YAML indents with spaces only: replace each tab with spaces" }],
  ])("%s", (_name, text, expected) => {
    const found = tabIndentation(text, "f.yaml");
    expect(found).toEqual(expected && { file: "f.yaml", ...expected });
  });
});
