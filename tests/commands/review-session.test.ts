import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRecord, parseRecord } from "../../src/practice/history-record.js";
import { tempHome } from "../support/home.js";
import { daysAgo, makeRecord, writeHistory } from "../support/history.js";
import { runCli } from "../support/io.js";
import { FIXTURE, STRONG } from "../support/session.js";

const drill = ["--content", FIXTURE];

function practised(): string {
  const home = tempHome();
  writeHistory(home, [
    makeRecord({ question: "drill/goals", time: daysAgo(12), score: 30, topic: "strategy" }), // due 11 days ago
    makeRecord({ question: "drill/engagement", time: daysAgo(4), score: 30 }), // due 3 days ago
    makeRecord({ question: "drill/hashtags", time: daysAgo(0), score: 90, topic: "content" }), // not due
  ]);
  return home;
}

describe("review starts a quiz on what is due", () => {
  it("asks the due questions, most overdue first, and records the answers as a new session", async () => {
    const home = practised();
    const { code, stdout, stderr } = await runCli([...drill, "review", "--new", "0"], { env: { SMM_PREP_HOME: home, TZ: "UTC" }, stdin: `${STRONG["Q-GOALS"]}\nno idea\n` });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Review: 2 questions due, most overdue first\.\n/);
    // After each card, as a flashcard tool says it: when it comes back, and how many are still due.
    expect(stdout).toMatch(/\n↻ Comes back in \d+ days \(\d{4}-\d\d-\d\d\) · 1 still due\n/);
    expect(stdout).toContain(`\n↻ Comes back tomorrow (${daysAgo(-1).slice(0, 10)}) · nothing else is due\n`);
    expect([...stdout.matchAll(/\[(Q-[A-Z]+)\]/g)].map((m) => m[1])).toEqual(["Q-GOALS", "Q-ENGAGEMENT"]);
    expect(stdout).toContain("Same questions again:\n    $ npx smm-prep review\n");

    const records = readFileSync(join(home, "history.jsonl"), "utf8").trim().split("\n").map(parseRecord).filter(isRecord);
    expect(records.slice(3).map((r) => [r.question, r.score])).toEqual([
      ["drill/goals", 100],
      ["drill/engagement", 0],
    ]);
    expect(new Set(records.slice(3).map((r) => r.session)).size).toBe(1);
    expect(records[3]!.session).not.toBe("s1");

    // Goals was answered well, so it is no longer due; engagement failed again and is due tomorrow.
    const after = JSON.parse((await runCli([...drill, "review", "--json"], { env: { SMM_PREP_HOME: home, TZ: "UTC" } })).stdout);
    expect(after.questions).toEqual([]);
    expect(after.next).toEqual({ question: "drill/engagement", due: daysAgo(-1).slice(0, 10) });
  });

  it("--cram asks the weakest, due or not", async () => {
    const { stdout } = await runCli([...drill, "review", "--cram", "--count", "3"], { env: { SMM_PREP_HOME: practised(), TZ: "UTC" }, stdin: "a\nb\nc\n" });
    expect(stdout).toMatch(/^Cram: your 3 weakest questions, whatever the schedule says\.\n/);
    expect([...stdout.matchAll(/\[(Q-[A-Z]+)\]/g)].map((m) => m[1])).toEqual(["Q-GOALS", "Q-ENGAGEMENT", "Q-HASHTAGS"]);
  });

  it("--until asks what would otherwise come back after the interview", async () => {
    const home = practised();
    const tomorrow = daysAgo(-1).slice(0, 10);
    const { stdout } = await runCli([...drill, "review", "--until", tomorrow], { env: { SMM_PREP_HOME: home, TZ: "UTC" }, stdin: "a\nb\nc\n" });
    expect(stdout).toContain(`Review: 3 questions due, most overdue first.\nInterview on ${tomorrow}: every question comes back before then.\n`);
    expect([...stdout.matchAll(/\[(Q-[A-Z]+)\]/g)].map((m) => m[1])).toEqual(["Q-GOALS", "Q-ENGAGEMENT", "Q-HASHTAGS"]);
  });

  it("--no-history leaves the history as it was", async () => {
    const home = practised();
    const before = readFileSync(join(home, "history.jsonl"));
    const { code } = await runCli([...drill, "review", "--no-history"], { env: { SMM_PREP_HOME: home, TZ: "UTC" }, stdin: "a\nb\n" });
    expect(code).toBe(0);
    expect(readFileSync(join(home, "history.jsonl")).equals(before)).toBe(true);
  });
});
