import { describe, expect, it } from "vitest";
import { colorLevel, paint, plain } from "../../../src/ui/color.js";
import { scoreBar } from "../../../src/ui/feedback.js";
import { inert, truncate, width, wrap } from "../../../src/ui/text.js";

describe("colorLevel", () => {
  const tty = { write: () => true, isTTY: true };
  const pipe = { write: () => true, isTTY: false };
  it.each([
    [tty, {}, true, 2],
    [tty, { COLORTERM: "truecolor" }, true, 3],
    [tty, {}, false, 0],
    [tty, { NO_COLOR: "1" }, true, 0],
    [tty, { NO_COLOR: "" }, true, 2],
    [tty, { TERM: "dumb" }, true, 0],
    [pipe, {}, true, 0],
    [pipe, { FORCE_COLOR: "1" }, true, 1],
    [pipe, { FORCE_COLOR: "3" }, true, 3],
    [pipe, { FORCE_COLOR: "1", NO_COLOR: "1" }, true, 1],
    [tty, { FORCE_COLOR: "0" }, true, 0],
    [pipe, { FORCE_COLOR: "1" }, false, 0],
  ])("%#: %o → %i", (stream, env, allowed, level) => {
    expect(colorLevel(stream, env, allowed)).toBe(level);
  });
});

describe("text", () => {
  it.each([
    ["plain", "plain"],
    ["a\u001b[31mred\u001b[0m", "a\\u001b[31mred\\u001b[0m"],
    ["bell\u0007 and nul\u0000", "bell\\u0007 and nul\\u0000"],
    ["bidi \u202e override", "bidi \\u202e override"],
    ["keeps\ttabs\nand newlines", "keeps\ttabs\nand newlines"],
  ])("inert(%j)", (input, output) => {
    expect(inert(input)).toBe(output);
  });

  it.each([
    ["short", 10, "short"],
    ["Какие цели стоит ставить", 10, "Какие цел…"],
    ["Ποιοι στόχοι", 6, "Ποιοι…"],
    ["日本語のテキスト", 7, "日本語…"],
  ])("truncate(%s, %i)", (input, max, output) => {
    expect(truncate(input, max)).toBe(output);
    expect(width(truncate(input, max))).toBeLessThanOrEqual(max);
  });

  it("wraps to the width with an indent", () => {
    const lines = wrap("one two three four five six seven eight nine ten", 20, "  ").split("\n");
    expect(lines.every((l) => l.length <= 20 && l.startsWith("  "))).toBe(true);
    expect(lines.join(" ").replace(/\s+/g, " ").trim()).toBe("one two three four five six seven eight nine ten");
  });

  it.each([
    [0, 10, "░░░░░░░░░░"],
    [67, 10, "███████░░░"],
    [100, 4, "████"],
  ])("scoreBar(%i, %i)", (score, size, bar) => {
    expect(scoreBar(score, size)).toBe(bar);
  });
});

describe("paint", () => {
  const pipe = { write: () => true, isTTY: false };
  it("gives a plain painter for uncoloured output, safe to await and to chain", async () => {
    const chalk = await paint(pipe, {}, true);
    expect(chalk).toBe(plain);
    expect(chalk.bold.red("x")).toBe("x");
    expect(chalk.dim.underline("a", "b")).toBe("a b");
    expect(chalk.level).toBe(0);
  });

  it("gives chalk at the forced level", async () => {
    const chalk = await paint(pipe, { FORCE_COLOR: "1" }, true);
    expect(chalk.level).toBe(1);
    expect(chalk.red("x")).toBe("\u001b[31mx\u001b[39m");
  });
});
