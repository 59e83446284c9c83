import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A small valid English bank, as an author would write it. */
export const MINI_BANK = `bank: mini
lang: en
title: A tiny bank for tests
questions:
  - id: engagement-rate
    topic: analytics
    prompt: How do you calculate engagement rate?
    guidance: Engagements divided by followers or reach, times 100.
    answer: I add up likes, comments and shares, divide by followers and multiply by 100.
    source: { article: "Test article", item: 11 }
    rubric:
      pass: 50
      concepts:
        - id: numerator
          label: Counts all engagements
          weight: 2
          keywords: [engagements, likes comments shares]
        - id: denominator
          label: Divides by followers or reach
          keywords: [followers, reach]
      redFlags:
        - id: likes-only
          label: Only counts likes
          keywords: [only likes]
`;

/** Writes files (path → text or bytes) under a new temporary content directory and returns it. */
export function contentDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "smm-prep-content-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A bank of `n` one-concept English questions (`gen/q001` …); `answerChars` pads the model answer. */
export function genBank(n: number, answerChars = 20): string {
  const questions = Array.from({ length: n }, (_, i) => {
    const id = `q${String(i + 1).padStart(3, "0")}`;
    return `  - id: ${id}
    topic: analytics
    prompt: Question ${id}?
    guidance: Say reach.
    answer: Reach ${"and more reach ".repeat(Math.ceil(answerChars / 15))}.
    rubric:
      concepts:
        - id: reach
          label: Mentions reach
          keywords: [reach]
        - id: ctr
          label: Mentions click-through
          keywords: [click-through]
`;
  });
  return contentDir({ "en/gen.yaml": `bank: gen\nlang: en\ntitle: Generated\nquestions:\n${questions.join("")}` });
}
