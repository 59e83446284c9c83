import { afterEach, describe, expect, it } from "vitest";
import { clearExamples, exampleWords, gradeAnswer, useExamples, type GradedExample } from "../../../src/grading/index.js";
import { cleanText } from "../../../src/grading/normalize.js";
import { tokenize } from "../../../src/grading/words.js";
import { question } from "../../support/grading.js";

// Rule 11, red flags named by the examples of the language's other questions: a practice reads alike
// whatever the question, so one the question's own examples do not hold may still be recognised.

const ex = (label: GradedExample["label"], text: string, flags: string[] = [], lang = "en"): GradedExample => ({
  label,
  words: exampleWords(tokenize(cleanText(text).text, lang)),
  flags,
});

const rubric = (flagId: string) => ({
  pass: 50,
  concepts: [{ id: "audience", label: "Audience", weight: 1, keywords: ["audience"] }],
  redFlags: [{ id: flagId, label: "Buys followers", keywords: ["buy followers"] }],
});
const q = question(rubric("buys"), "en", "grow");
const key = "en:test/grow";

// The question's own examples say nothing of followers packages: accepted answers on the audience's
// questions, weak ones on posting a lot.
const ownStrong = [
  "Know the audience: collect the questions customers ask and answer them in posts.",
  "Talk to customers, collect their questions, reply to every comment on the page.",
  "Answer the questions the audience keeps asking, reply to comments, invite stories.",
];
const ownWeak = ["Post a lot, be creative, follow trends.", "Just post every day and hope for the best.", "Be everywhere and post often."];
const own = (): GradedExample[] => [...ownStrong.map((t) => ex("strong", t)), ...ownWeak.map((t) => ex("weak", t))];

// Another question's examples: four red-flag answers that grab a starter bundle of followers, and an accepted one.
const otherRedFlags = [
  "Grab a starter bundle of followers so the account looks established from day one.",
  "A starter bundle of followers first: an established account draws people in.",
  "I'd order a starter bundle of followers, an account at zero never looks established.",
  "Honestly a starter bundle of followers makes the account look established.",
];
const other = (flag = "buys", lang = "en", firstFlag = flag): GradedExample[] => [
  ...otherRedFlags.map((t, i) => ex("redflag", t, [i === 0 ? firstFlag : flag], lang)),
  ex("strong", "Run a contest where people share a photo of the product in use; the best photo wins.", [], lang),
];

const answer = "For the audience I would start with a starter bundle of followers, so the account looks established.";

afterEach(() => clearExamples());

describe("a red flag named by the examples of the language's other questions", () => {
  it.each<[string, Record<string, { prompt: string; examples: GradedExample[] }>, boolean]>([
    ["names it when the question's own examples name none and do not lean to accepted answers", { [key]: { prompt: q.prompt, examples: own() }, "en:test/contest": { prompt: "Contest?", examples: other() } }, true],
    ["not a flag the question does not have", { [key]: { prompt: q.prompt, examples: own() }, "en:test/contest": { prompt: "Contest?", examples: other("likes-goal") } }, false],
    ["the question's own flag, even when the others name one it does not have more often", { [key]: { prompt: q.prompt, examples: own() }, "en:test/contest": { prompt: "Contest?", examples: other("likes-goal", "en", "buys") } }, true],
    ["not from another language's examples", { [key]: { prompt: q.prompt, examples: own() }, "ru:test/contest": { prompt: "Contest?", examples: other("buys", "ru") } }, false],
    [
      "not when the question's own examples lean to accepted answers",
      {
        [key]: { prompt: q.prompt, examples: [...own(), ...["For the audience the account looks established when people reply.", "An established account is one whose audience answers.", "Established means the audience replies to the account."].map((t) => ex("strong", t))] },
        "en:test/contest": { prompt: "Contest?", examples: other() },
      },
      false,
    ],
  ])("%s", (_why, sets, named) => {
    useExamples(sets);
    const g = gradeAnswer(q, answer);
    const flag = g.redFlags.find((f) => f.id === "buys");
    expect([flag?.hit ?? false, flag?.byLikeness ?? false, g.passed]).toEqual([named, named, !named]);
    if (named) expect(flag?.matches).toContain("bundle");
  });

  it.each<[string, boolean, boolean]>([
    ["confirms a flag the question's own examples name too weakly for an answer at the pass mark", true, true],
    ["without the others' examples it stays unnamed", false, false],
  ])("%s", (_why, withOthers, named) => {
    // Three red-flag examples the same as the answer and two accepted ones a little apart: a red-flag share just over 0.6.
    const ownSet = [...Array.from({ length: 3 }, () => ex("redflag", answer, ["buys"])), ...Array.from({ length: 2 }, () => ex("strong", `${answer} Quickly.`)), ...ownWeak.map((t) => ex("weak", t))];
    useExamples({ [key]: { prompt: q.prompt, examples: ownSet }, ...(withOthers ? { "en:test/contest": { prompt: "Contest?", examples: Array.from({ length: 4 }, () => ex("redflag", answer, ["buys"])) } } : {}) });
    const g = gradeAnswer(q, answer);
    expect(g.score).toBeGreaterThanOrEqual(g.pass);
    expect(g.likeness?.redflag).toBeGreaterThan(0.6);
    expect(g.likeness?.redflag).toBeLessThan(0.7);
    expect(g.redFlags.find((f) => f.id === "buys")?.hit).toBe(named);
  });

  it("sees a question's examples installed after the language's were first compared", () => {
    useExamples({ [key]: { prompt: q.prompt, examples: own() } });
    expect(gradeAnswer(q, answer).passed).toBe(true);
    useExamples({ "en:test/contest": { prompt: "Contest?", examples: other() } });
    expect(gradeAnswer(q, answer).redFlags.find((f) => f.id === "buys")?.hit).toBe(true);
  });

  it("leaves a question without examples of its own to its keywords", () => {
    useExamples({ "en:test/contest": { prompt: "Contest?", examples: other() } });
    const g = gradeAnswer(q, answer);
    expect([g.passed, "likeness" in g]).toEqual([true, false]);
  });
});
