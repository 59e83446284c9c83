// The seams other code plugs into: the history recorder, preset questions (for `review`), and the
// line reader behind piped sessions.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { findQuestion } from "../../src/content/catalog.js";
import { questionKey } from "../../src/content/types.js";
import { openCatalog } from "../../src/commands/open-catalog.js";
import { quiz } from "../../src/commands/quiz/quiz.js";
import { NO_HISTORY, type Recorder } from "../../src/commands/history/recorder.js";
import { practise } from "../../src/commands/session/practise.js";
import { readLines } from "../../src/io/answer-lines.js";
import type { Attempt } from "../../src/practice/session.js";
import { testIo } from "../support/io.js";
import { FIXTURE, STRONG, WEAK } from "../support/session.js";

/** An Io whose stdin is the given piped text. */
const pipedIo = (input: string) => testIo({ stdin: input });

describe("the history seam", () => {
  it("hands every graded answer to the recorder, in order, before the summary; skips are not graded", async () => {
    const io = pipedIo(`${STRONG["Q-ENGAGEMENT"]}\n:skip\n${WEAK}\n`);
    const seen: string[] = [];
    const recorder: Recorder = { record: (a: Attempt) => void seen.push(`${questionKey(a.question)} ${a.grade.score} try ${a.try} at ${io.stdout.text.includes("Summary") ? "end" : "once graded"}`) };
    const code = await quiz(io, { color: false, content: [FIXTURE] }, { bank: "drill", count: 3, seed: "7" }, recorder);
    expect(code).toBe(0);
    expect(seen).toEqual(["drill/engagement 100 try 1 at once graded", "drill/goals 0 try 1 at once graded"]);
  });
});

describe("preset questions, for commands built on the quiz", () => {
  it("asks exactly the given questions in the given order and shows the caller's repeat command", async () => {
    const globals = { color: false, content: [FIXTURE] };
    const io = pipedIo(`${WEAK}\n${STRONG["Q-HASHTAGS"]}\n`);
    const catalog = await openCatalog(io, globals, ["en"]);
    const questions = ["drill/goals", "drill/hashtags"].map((ref) => findQuestion(catalog, ref, "en"));
    expect(await practise(io, globals, { lang: "en", questions, mode: "piped", editor: false, json: false, repeat: "review" }, NO_HISTORY)).toBe(0);
    expect([...io.stdout.text.matchAll(/\[(Q-[A-Z]+)\]/g)].map((m) => m[1])).toEqual(["Q-GOALS", "Q-HASHTAGS"]);
    expect(io.stdout.text).toContain("Same questions again:\n    $ npx smm-prep review\n");
  });
});

describe("piped lines", () => {
  const read = async (chunks: (string | Buffer)[], max = 1000) => {
    const out: string[] = [];
    for await (const line of readLines(Readable.from(chunks), max)) out.push(line);
    return out;
  };

  it.each<[string, (string | Buffer)[], string[]]>([
    ["one answer a line", ["one\ntwo\n"], ["one", "two"]],
    ["a last line without a newline", ["one\ntwo"], ["one", "two"]],
    ["Windows line ends", ["one\r\ntwo\r\n"], ["one", "two"]],
    ["blank lines, kept as empty answers", ["one\n\nthree\n"], ["one", "", "three"]],
    ["lines split across chunks", ["on", "e\ntw", "o\n"], ["one", "two"]],
    ["a character split across chunks", [Buffer.from([0xd0]), Buffer.from([0xb4, 0x0a])], ["д"]],
    ["no input at all", [], []],
  ])("%s", async (_name, chunks, expected) => {
    expect(await read(chunks)).toEqual(expected);
  });

  it.each<[string, (string | Buffer)[], string]>([
    ["invalid UTF-8", ["fine\n", Buffer.from([0xff, 0x0a])], "line 2 of standard input is not valid UTF-8 text"],
    ["a line over the limit", ["short\n", "x".repeat(50)], "line 2 of standard input is too long: more than 20 bytes"],
  ])("refuses %s", async (_name, chunks, message) => {
    await expect(read(chunks, 20)).rejects.toThrow(message);
  });
});
