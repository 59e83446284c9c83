// Flag checks of `quiz`, run in-process: every bad value or clash is one line and exit 2.
import { describe, expect, it } from "vitest";
import { runCli } from "../support/io.js";
import { DRILL } from "../support/session.js";

describe("quiz flags", () => {
  it.each<[string, string[], { tty?: boolean; stdin?: string }, string]>([
    ["a count of zero", ["--count", "0"], { stdin: "" }, "--count must be a whole number from 1 to 1000, not '0'"],
    ["a count that is not a number", ["--count", "five"], { stdin: "" }, "--count must be a whole number from 1 to 1000, not 'five'"],
    ["a timer of zero", ["--timer", "0"], { tty: true }, "--timer must be a whole number from 1 to 3600, not '0'"],
    ["a min-score over 100", ["--min-score", "150"], { stdin: "" }, "--min-score must be a number from 0 to 100, not '150'"],
    ["an empty seed", ["--seed", " "], { stdin: "" }, "--seed needs a value, e.g. --seed 7"],
    ["--timer with piped answers", ["--timer", "30"], { stdin: "an answer\n" }, "--timer needs an interactive terminal; answers from a pipe or --answers are graded as they are"],
    ["--editor with piped answers", ["--editor"], { stdin: "an answer\n" }, "--editor needs an interactive terminal; answers from a pipe or --answers are graded as they are"],
    ["--timer with --editor", ["--timer", "30", "--editor"], { tty: true }, "--timer and --editor cannot be combined: the countdown cannot see into the editor"],
    ["--json on a terminal", ["--json"], { tty: true }, "--json is for scripted sessions: pipe the answers in (one per line) or pass --answers FILE"],
    ["--answers with other selection flags", ["--answers", "x.yaml", "--count", "3"], { stdin: "" }, "--answers takes its questions from the file; it cannot be combined with --bank"],
    ["a topic that does not exist", ["--topic", "analytcs"], { stdin: "" }, "unknown topic 'analytcs' (did you mean 'analytics'?); topics: basics, strategy, platforms, content, community, growth, analytics, advertising, tools, seo, career"],
    ["a topic with no questions in the bank", ["--topic", "career"], { stdin: "" }, "no questions in 'en' for bank 'drill' and topic 'career'; see 'smm-prep list --lang en'"],
  ])("refuses %s", async (_name, args, opts, message) => {
    const r = await runCli([...DRILL, ...args], opts);
    expect(r.stderr).toBe(`smm-prep: ${message}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("is listed in the program's help with examples", async () => {
    const r = await runCli(["quiz", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--min-score <n>");
    expect(r.stdout).toContain("| smm-prep quiz --count 2 --seed 7");
  });

  it("draws a different session without --seed and shows how to repeat it", async () => {
    const seeds: string[] = [];
    // Three runs: two random seeds of six digits meet once in a million; three all alike, never.
    for (let run = 0; run < 3; run++) {
      const r = await runCli([...DRILL, "--count", "1"], { stdin: "x\n" });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Same questions again:\n {4}\$ npx smm-prep quiz --lang en --bank drill --count 1 --seed \d+\n/);
      seeds.push(/--seed (\d+)/.exec(r.stdout)![1]!);
    }
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
