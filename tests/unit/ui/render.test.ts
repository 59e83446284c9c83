// What the quiz prints, rendered directly: the progress line, the summary table, 40-column layout,
// colour on and off, and that every quiz message exists in all three languages.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { LANGS, TOPICS } from "../../../src/content/types.js";
import { SessionLog } from "../../../src/practice/session.js";
import { summarize } from "../../../src/practice/summary.js";
import { renderFeedback } from "../../../src/ui/feedback.js";
import { messages } from "../../../src/ui/i18n/messages.js";
import { progressLine, renderHint, renderQuestionHeading } from "../../../src/ui/quiz-question.js";
import { renderSummary } from "../../../src/ui/quiz-summary.js";
import { width } from "../../../src/ui/text.js";
import { attempt, grade, question } from "../../support/fakes.js";

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });
const widest = (text: string) => Math.max(...text.split("\n").map(width));

/** A session with a long question id, a retry with a hint, an over-time answer and a skip. */
function busySession() {
  const long = question("a-question-id-that-is-far-too-long-for-forty-columns", "analytics", "interview");
  const [b, c] = [question("b", "strategy"), question("c", "content")];
  const log = new SessionLog([long, b, c]);
  log.record(attempt(long, 1, 33, { hinted: true }));
  log.record(attempt(long, 1, 67, { hinted: true, try: 2 }));
  log.record(attempt(b, 2, 0, { overTime: true }));
  log.skip(3);
  return summarize(log.outcomes());
}

describe("the progress line", () => {
  it.each([
    ["en", "Question 2/5 · analytics"],
    ["ru", "Вопрос 2/5 · аналитика"],
    ["el", "Ερώτηση 2/5 · μετρήσεις"],
  ] as const)("%s: %s", (lang, expected) => {
    expect(progressLine(lang, 2, 5, question("q"))).toBe(expected);
  });

  it("shows the commands only in interactive sessions", () => {
    expect(renderQuestionHeading(question("q"), 1, 1, plain, 80, true)).toContain(":hint · :skip · :quit · new line: Alt+Enter, or \\ at the end of a line");
    expect(renderQuestionHeading(question("q"), 1, 1, plain, 80)).not.toContain(":hint");
  });
});

describe("the summary", () => {
  it("tabulates question, score and passed, with notes, the average and what to practise", () => {
    const text = renderSummary(busySession(), { lang: "en", interrupted: false, run: "smm-prep", repeat: "quiz --seed 7" }, plain, 100);
    expect(text).toContain("Question                                                        Score  Passed");
    expect(text).toContain("interview/a-question-id-that-is-far-too-long-for-forty-columns    67%  ✔       with hint, 2 tries");
    expect(text).toMatch(/drill\/b +0% {2}✘ +over time/);
    expect(text).toMatch(/drill\/c +— {2}– +skipped/);
    expect(text).toContain("Average: 33.5% · passed 1 of 2");
    expect(text).toContain("1 skipped");
    expect(text).toContain("Weakest topics\n  strategy 0%");
    expect(text).toContain("✘ b heavy (drill/b)");
    expect(text).toContain("$ smm-prep show drill/c --lang en");
    expect(text).toContain("$ smm-prep quiz --topic strategy --lang en");
    expect(text).toContain("Same questions again:\n    $ smm-prep quiz --seed 7");
  });

  it("fits a 40-column terminal: the question column is cut with …, notes move under their row, the rest wraps", () => {
    const summary = renderSummary(busySession(), { lang: "ru", interrupted: true, run: "npx smm-prep", repeat: "quiz --lang ru --count 5 --seed 123456", minScore: 90 }, plain, 40);
    expect(widest(summary)).toBeLessThanOrEqual(40);
    expect(summary).toContain("interview/a-question-id-t…   67\u00a0%  ✔\n  ↳ с подсказкой, попыток: 2\n");
    expect(summary).toContain("Сессия прервана.");
    expect(summary).toContain("$ npx smm-prep show");
    expect(summary).toContain("ниже требуемых 90\u00a0%.");
  });

  it("says so when nothing was graded, and praises a clean sheet", () => {
    expect(renderSummary(summarize([]), { lang: "el", interrupted: false, run: "smm-prep" }, plain, 80)).toContain("Δεν βαθμολογήθηκε καμία απάντηση.");
    const log = new SessionLog([question("a")]);
    log.record(attempt(question("a"), 1, 100));
    expect(renderSummary(summarize(log.outcomes()), { lang: "en", interrupted: false, run: "smm-prep" }, plain, 80)).toContain("Everything passed.");
  });

  it("is coloured only when the chalk allows it", () => {
    const ctx = { lang: "en" as const, interrupted: false, run: "smm-prep" };
    expect(renderSummary(busySession(), ctx, plain, 80)).not.toContain("\u001b[");
    expect(renderSummary(busySession(), ctx, coloured, 80)).toContain("\u001b[");
  });
});

describe("feedback and hints in a narrow terminal", () => {
  it("wraps the score line and the rest of the feedback to 40 columns", () => {
    const q = { ...question("q"), lang: "ru" as const };
    const text = renderFeedback({ ...grade(q, 33), lang: "ru" }, q, plain, 40);
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text).toContain("не зачтено");
  });

  it("shows the guidance inert: escape sequences in content cannot drive the terminal", () => {
    const q = { ...question("q"), guidance: "Say \u001b[2J hello" };
    expect(renderHint(q, plain, 40)).toBe("💡 Hint\n  Say \\u001b[2J hello\n");
  });
});

describe("quiz messages", () => {
  it.each(LANGS)("exist in %s, every one of them and every topic name", (lang) => {
    const t = messages(lang).quiz;
    for (const [key, value] of Object.entries(t)) {
      const text = typeof value === "function" ? String(value(1, 2, 3)) : typeof value === "string" ? value : JSON.stringify(value);
      expect(text.trim(), key).not.toBe("");
    }
    expect(Object.keys(t.topics).sort()).toEqual([...TOPICS].sort());
  });

  it.each(["ru", "el"] as const)("are written in %s, not left in English", (lang) => {
    const en = messages("en").quiz;
    const t = messages(lang).quiz;
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => typeof en[k] === "string" && en[k] === t[k]);
    expect(same).toEqual([]);
    expect(TOPICS.filter((topic) => topic !== "seo" && t.topics[topic] === en.topics[topic])).toEqual([]);
  });
});
