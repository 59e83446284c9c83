// "I covered this" in the interactive session, and what it leaves in history and stats.
import { screen } from "@inquirer/testing/vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { choose, say } from "../support/screen.js";
import { describe, expect, it, vi } from "vitest";
import { isRecord, parseRecord, type HistoryRecord } from "../../src/practice/history-record.js";
import { tempHome } from "../support/home.js";
import { runCli } from "../support/io.js";
import { DRILL, FIXTURE, STRONG, WEAK, currentTag, startCli } from "../support/session.js";

// The answer prompt is ours, not one of the Inquirer packages @inquirer/testing/vitest wraps itself.
vi.mock("../../src/ui/answer-input.js", async (importOriginal) => {
  const { wrapPrompt } = await import("@inquirer/testing/vitest");
  const actual = await importOriginal<typeof import("../../src/ui/answer-input.js")>();
  return { ...actual, answerInput: wrapPrompt(actual.answerInput) };
});

function history(home: string): HistoryRecord[] {
  return readFileSync(join(home, "history.jsonl"), "utf8").trim().split("\n").map(parseRecord).filter(isRecord);
}

describe("the override, interactively", () => {
  it("recomputes the grade for a concept the user vouches for, records it, and stats counts it", async () => {
    const home = tempHome();
    // Seed 7 asks drill/engagement first: numerator (weight 2), denominator and percent (1 each), pass 60.
    const run = startCli([...DRILL, "--count", "1", "--seed", "7"], { env: { SMM_PREP_HOME: home } });
    await screen.next();
    expect(currentTag(run.stdout.text)).toBe("Q-ENGAGEMENT");
    await say("I divide by followers");
    expect(run.stdout.text).toContain("Score █████░░░░░░░░░░░░░░░ 25%  ✘ not passed");
    expect(screen.getScreen()).toContain("I covered a point the grader missed…");
    await choose(3); // Finish · Try again · I covered a point…
    expect(screen.getScreen()).toContain("Did the grader miss something you said? Mark the points you covered");
    expect(screen.getScreen()).toContain("Counts engagements");
    expect(screen.getScreen()).toContain("Gives a percentage");
    screen.keypress("space"); // the first missed concept: Counts engagements
    screen.keypress("enter");
    await screen.next();
    expect(run.stdout.text).toContain("↺ Counted as covered. New score: 75%");
    expect(run.stdout.text).toMatch(/New score: 75% {2}█+░+ {2}✔ passed/);
    // Still one concept missed, so the choice is still offered; finishing records the answer once.
    expect(screen.getScreen()).toContain("I covered a point the grader missed…");
    await choose(1, false);
    expect(await run.done).toBe(0);
    const summary = run.stdout.text.slice(run.stdout.text.indexOf("Summary"));
    expect(summary).toMatch(/drill\/engagement +75% +✔ +“I covered this” \+50/);
    // The average says how much of it is self-credit: 50 of its 75 points.
    expect(summary.replace(/\s+/g, " ")).toContain("Average: 75% · passed 1 of 1 Includes your own “I covered this” credit on 1 answer: +50 points of the average.");

    const records = history(home);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ question: "drill/engagement", score: 75, passed: true, hit: ["denominator"], missed: ["percent"], overrides: ["numerator"], try: 1 });
    expect(records[0]!.seconds).toEqual(expect.any(Number));

    const stats = JSON.parse((await runCli(["--content", FIXTURE, "stats", "--json"], { env: { SMM_PREP_HOME: home } })).stdout);
    expect(stats.overrides).toEqual([{ question: "drill/engagement", concept: "numerator", count: 1, of: 1, label: "Counts engagements" }]);
  });

  it("marking nothing keeps the grade", async () => {
    const home = tempHome();
    const run = startCli([...DRILL, "--count", "1", "--seed", "7"], { env: { SMM_PREP_HOME: home } });
    await screen.next();
    await say(WEAK);
    await choose(3);
    screen.keypress("enter");
    await screen.next();
    expect(run.stdout.text).not.toContain("Counted as covered");
    await choose(1, false);
    expect(await run.done).toBe(0);
    expect(history(home)[0]).toMatchObject({ score: 0, overrides: [] });
  });

  it("is not offered when nothing was missed", async () => {
    const run = startCli([...DRILL, "--count", "1", "--seed", "7"]);
    await screen.next();
    await say(STRONG[currentTag(run.stdout.text)]!);
    expect(screen.getScreen()).toContain("Finish and see the summary");
    expect(screen.getScreen()).not.toContain("I covered");
    await choose(1, false);
    expect(await run.done).toBe(0);
  });

  it("is offered in the session's language", async () => {
    const run = startCli([...DRILL, "--count", "1", "--seed", "7", "--lang", "ru"]);
    await screen.next();
    await say(WEAK);
    expect(screen.getScreen()).toContain("Это было в ответе, но проверка не засчитала…");
    await choose(1, false);
    expect(await run.done).toBe(0);
  });

  it("Ctrl-C after the feedback still records the graded answer, before the summary", async () => {
    const home = tempHome();
    const run = startCli([...DRILL, "--count", "2", "--seed", "7"], { env: { SMM_PREP_HOME: home } });
    await screen.next();
    await say(WEAK);
    screen.keypress({ name: "c", ctrl: true });
    expect(await run.done).toBe(130);
    expect(history(home)).toEqual([expect.objectContaining({ question: "drill/engagement", score: 0, overrides: [] })]);
  });

  it("each try is its own record, in order", async () => {
    const home = tempHome();
    const run = startCli([...DRILL, "--count", "1", "--seed", "7"], { env: { SMM_PREP_HOME: home } });
    await screen.next();
    await say(WEAK);
    await choose(2); // Try again
    await say(STRONG["Q-ENGAGEMENT"]!);
    await choose(1, false);
    expect(await run.done).toBe(0);
    expect(history(home).map((r) => [r.try, r.score])).toEqual([
      [1, 0],
      [2, 100],
    ]);
  });
});
