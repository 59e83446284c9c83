// The graded examples as the CLI installs them: from the build's per-language files, the tuning split
// of the blind corpus only, and quietly none in a partial build.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../src/content/types.js";
import { exampleWords, gradeAnswer, type ExampleSet } from "../../../src/grading/index.js";
import { tokenize } from "../../../src/grading/words.js";
import { installExamples } from "../../../src/io/examples.js";
import { ROOT } from "../../support/home.js";
import { question } from "../../support/grading.js";

describe("installExamples", () => {
  it("reads a language's file once and grades with it; a missing file means keywords alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "smm-prep-examples-"));
    const q = question({ pass: 60, concepts: [{ id: "c", label: "C", weight: 1, keywords: ["audience"] }], redFlags: [] }, "el", "one");
    const set: ExampleSet = { prompt: q.prompt, examples: [
      { label: "strong", words: exampleWords(tokenize("audience", "el")), flags: [] },
      { label: "weak", words: exampleWords(tokenize("something else", "el")), flags: [] },
    ] };
    writeFileSync(join(dir, "examples.el.json"), JSON.stringify({ "el:test/one": JSON.stringify(set) }));
    await installExamples(dir, ["el", "ru"]);
    expect(gradeAnswer(q, "audience").likeness?.strong).toBe(1);
    // Read once: a later change to the file is not seen, and ru (no file) did not throw.
    writeFileSync(join(dir, "examples.el.json"), "not json");
    await expect(installExamples(dir, ["el"])).resolves.toBeUndefined();
    expect(gradeAnswer(q, "audience").likeness?.strong).toBe(1);
  });
});

describe("the built examples", () => {
  it.each(LANGS)("%s: are the tune split of tests/blind, every answer of it, and nothing held back", (lang) => {
    const built = JSON.parse(readFileSync(join(ROOT, "dist/content", `examples.${lang}.json`), "utf8")) as Record<string, string>;
    const counts = (split: (s: string) => boolean) => {
      const n = new Map<string, number>();
      for (const line of readFileSync(join(ROOT, "tests/blind", `${lang}.jsonl`), "utf8").split("\n").filter(Boolean)) {
        const a = JSON.parse(line) as { q: string; split: string };
        if (split(a.split)) n.set(`${lang}:${a.q}`, (n.get(`${lang}:${a.q}`) ?? 0) + 1);
      }
      return n;
    };
    const tune = counts((s) => s === "tune");
    const builtCounts = new Map(Object.entries(built).map(([key, text]) => [key, (JSON.parse(text) as ExampleSet).examples.length]));
    expect(builtCounts).toEqual(tune);
    expect(counts((s) => s !== "tune").size).toBeGreaterThan(0);
  });

  it.each(LANGS)("%s: a red-flag example with a note names a flag, the rubric's or else the note's; no other example names one", (lang) => {
    const built = JSON.parse(readFileSync(join(ROOT, "dist/content", `examples.${lang}.json`), "utf8")) as Record<string, string>;
    const seen = new Map<string, number>();
    for (const line of readFileSync(join(ROOT, "tests/blind", `${lang}.jsonl`), "utf8").split("\n").filter(Boolean)) {
      const a = JSON.parse(line) as { q: string; split: string; expect: string; flags?: string[] };
      if (a.split !== "tune") continue;
      const key = `${lang}:${a.q}`;
      const i = seen.get(key) ?? 0;
      seen.set(key, i + 1);
      const example = (JSON.parse(built[key]!) as ExampleSet).examples[i]!;
      if (a.expect !== "redflag") expect(example.flags).toEqual([]);
      // Where the rubric names none (about a quarter of them), the note's flags stand in.
      else if (a.flags) expect(example.flags.length).toBeGreaterThan(0);
    }
  });
});
