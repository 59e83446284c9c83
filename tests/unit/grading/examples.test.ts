import { afterEach, describe, expect, it } from "vitest";
import { clearExamples, exampleWords, gradeAnswer, useExamples, type GradedExample } from "../../../src/grading/index.js";
import { likenessTo } from "../../../src/grading/examples.js";
import { cleanText } from "../../../src/grading/normalize.js";
import { tokenize } from "../../../src/grading/words.js";
import { question } from "../../support/grading.js";

const wordsOf = (text: string, lang = "en") => exampleWords(tokenize(cleanText(text).text, lang));
const ex = (label: GradedExample["label"], text: string, flags: string[] = []): GradedExample => ({ label, words: wordsOf(text), flags });

const q = question(
  {
    pass: 60,
    concepts: [
      { id: "audience", label: "Audience", weight: 1, keywords: ["audience"] },
      { id: "plan", label: "Plan", weight: 1, keywords: ["content plan"] },
      { id: "numbers", label: "Numbers", weight: 1, keywords: ["analytics"] },
    ],
    redFlags: [{ id: "buys", label: "Buys followers", keywords: ["buy followers"] }],
  },
  "en",
  "grow",
);
const key = "en:test/grow";

// Accepted answers talk about the people, their questions and replies; red-flag ones about a package
// of followers to look established; weak ones about posting a lot.
const strong = [
  "Find out who the audience is, which questions they keep asking, and answer those questions in posts; reply to every comment and invite the regulars to share their stories.",
  "I talk to customers, collect their questions, turn the answers into posts, reply to comments quickly and ask regulars to share their own stories with the community.",
  "Start with the people: their questions, their stories. Posts answer real questions, every comment gets a reply, and regulars are invited to share.",
  "Listen to customers, answer their questions in posts, reply to every comment, and let regulars share stories so newcomers see a living community.",
  "Collect the questions customers ask, answer them in posts and replies, and invite regulars to share stories; the community grows from conversations.",
];
const redflag = [
  "Buy a starter package of followers so the page looks established, then the real people follow the crowd.",
  "A small package of followers first, so the page looks established and bigger than it is.",
  "Grab a starter package of followers; an established page with numbers attracts people.",
  "Honestly a package of followers at the start makes the page look established, people trust numbers.",
];
const weak = ["Post a lot, be creative, follow trends and hope something goes viral.", "Just post every day and be creative with trends."];

afterEach(() => clearExamples());

function install(prompt = q.prompt): void {
  useExamples({ [key]: { prompt, examples: [...strong.map((t) => ex("strong", t)), ...redflag.map((t) => ex("redflag", t, ["buys"])), ...weak.map((t) => ex("weak", t))] } });
}

describe("exampleWords", () => {
  it.each<[string, string, string[]]>([
    ["glue words, numbers and two-letter words are dropped", "We post 3 times a week on it", ["post", "time", "week"]],
    ["a word is kept once, by its stem", "Answers, answer, answering", ["answer"]],
    ["Russian words by their stem", "Отвечаем на вопросы подписчиков", ["отвеча", "вопрос", "подписчик"]],
  ])("%s", (_why, text, expected) => {
    expect(wordsOf(text, /[а-я]/i.test(text) ? "ru" : "en")).toEqual(expected);
  });
});

describe("likenessTo", () => {
  const tokens = (text: string) => tokenize(cleanText(text).text, "en");

  it.each<[string, () => void, string]>([
    ["no examples for the question", () => clearExamples(), "Answer their questions in posts."],
    ["examples for another prompt (a user's question of the same id)", () => install("Another question?"), "Answer their questions in posts."],
    ["an answer with no content words", () => install(), "... ok, so"],
  ])("is null with %s", (_why, setup, answer) => {
    setup();
    expect(likenessTo(key, q.prompt, tokens(answer))).toBeNull();
  });

  it("gives shares of the nearest examples that add up to 1, and the answer's shared words", () => {
    install();
    const like = likenessTo(key, q.prompt, tokens("I answer the questions customers ask in posts and reply to every comment."));
    expect(like).not.toBeNull();
    expect((like?.strong ?? 0) + (like?.weak ?? 0) + (like?.redflag ?? 0)).toBeCloseTo(1);
    expect(like?.strong).toBeGreaterThan(0.9);
    expect(like?.flag).toBeNull();
    expect(like?.shared.length).toBeGreaterThan(0);
  });

  it("names the red flag its nearest red-flag examples name, when they hold a clear majority", () => {
    install();
    const like = likenessTo(key, q.prompt, tokens("A starter package of followers makes the page look established."));
    expect(like?.redflag).toBeGreaterThanOrEqual(0.6);
    expect(like?.flag).toBe("buys");
  });
});

describe("gradeAnswer with graded examples", () => {
  // 15 content words, one concept (audience: 33 points), and the accepted answers' ground.
  const lifted = "Know your audience: collect the questions customers ask, answer them in posts, reply to every comment and invite regulars to share stories.";

  it("passes an answer short of the pass mark that reads like accepted answers, and says so", () => {
    install();
    const g = gradeAnswer(q, lifted);
    expect([g.score, g.passed, g.likeness?.lifted]).toEqual([33, true, true]);
    expect(g.likeness?.words).toContain("questions");
  });

  it.each<[string, string]>([
    ["it earns none of the rubric's concepts itself", "Collect the questions customers ask, answer them in posts, reply to every comment and invite regulars to share stories."],
    ["it has fewer than 13 content words", "Audience first: answer customers' questions in posts, reply to comments."],
    ["a red flag was named", `${lifted} And buy followers: a starter package so the page looks established.`],
  ])("does not lift it when %s", (_why, answer) => {
    install();
    const g = gradeAnswer(q, answer);
    expect(g.passed).toBe(false);
    expect(g.likeness?.lifted ?? false).toBe(false);
  });

  it("names a red flag no keyword matched when the answer reads like answers that endorse it", () => {
    install();
    const g = gradeAnswer(q, "Honestly I'd grab a starter package so the page looks established for the audience.");
    const flag = g.redFlags.find((f) => f.id === "buys");
    expect([flag?.hit, flag?.byLikeness, g.passed]).toEqual([true, true, false]);
    expect(flag?.matches).toContain("established");
  });

  it.each<[string, number, boolean]>([
    ["is not named at 0.6 for an answer whose keywords reach the pass mark", 3, false],
    ["is named at 0.8 for it", 4, true],
  ])("a red flag by likeness %s", (_why, redflagCount, hit) => {
    // Examples as like the answer as can be, so the red-flag share is their count out of five.
    const answer = "Know the audience and keep a content plan; a starter package of followers helps the page look established.";
    const same = (label: GradedExample["label"], flags: string[] = []) => ex(label, answer, flags);
    const nearest = [...Array.from({ length: redflagCount }, () => same("redflag", ["buys"])), ...Array.from({ length: 5 - redflagCount }, () => same("strong"))];
    useExamples({ [key]: { prompt: q.prompt, examples: [...nearest, ...weak.map((t) => ex("weak", t)), ex("weak", "Something unrelated.")] } });
    const g = gradeAnswer(q, answer);
    expect(g.score).toBeGreaterThanOrEqual(g.pass);
    expect(g.redFlags.find((f) => f.id === "buys")?.hit).toBe(hit);
  });

  it("does not name a red flag the answer was heard turning down", () => {
    install();
    const g = gradeAnswer(q, "A starter package to look established? Never buy followers: the page looks established only to bots.");
    expect(g.redFlags.find((f) => f.id === "buys")?.hit).toBe(false);
  });

  // The keywords raise "buys" on a mention the rules do not see turned down.
  const mention = "Know your audience: collect the questions customers ask, answer them in posts, reply to every comment, invite regulars to share stories; buy followers stays out.";

  it("overrules a keyword red flag when all five nearest examples are accepted answers, and says so", () => {
    install();
    const g = gradeAnswer(q, mention);
    const flag = g.redFlags.find((f) => f.id === "buys");
    expect([flag?.hit, flag?.rejected, g.passed]).toEqual([false, [{ words: "buy followers", why: "unlike" }], true]);
  });

  it("keeps it when fewer than four red-flag examples name that flag", () => {
    useExamples({ [key]: { prompt: q.prompt, examples: [...strong.map((t) => ex("strong", t)), ...redflag.map((t, i) => ex("redflag", t, i === 0 ? [] : ["buys"])), ...weak.map((t) => ex("weak", t))] } });
    expect(gradeAnswer(q, mention).redFlags.find((f) => f.id === "buys")?.hit).toBe(true);
  });

  it("keeps it when the nearest examples are not all accepted answers", () => {
    install();
    const g = gradeAnswer(q, "Buy followers so the page looks established, people trust numbers; I collect the questions customers ask, answer them in posts, reply to every comment and invite regulars to share stories.");
    expect(g.likeness?.redflag).toBeGreaterThan(0);
    expect(g.redFlags.find((f) => f.id === "buys")?.hit).toBe(true);
  });

  it("does not lift it when a fifth or more of its nearest examples' weight is red-flag answers", () => {
    // Four strong examples and one red-flag example, all as like the answer as can be: shares 0.8 and 0.2.
    const same = (label: GradedExample["label"]) => ex(label, lifted);
    useExamples({ [key]: { prompt: q.prompt, examples: [same("strong"), same("strong"), same("strong"), same("strong"), same("redflag"), ...weak.map((t) => ex("weak", t)), ex("weak", "Something unrelated.")] } });
    const g = gradeAnswer(q, lifted);
    expect([g.likeness?.strong, g.likeness?.redflag, g.passed]).toEqual([0.8, 0.2, false]);
  });

  it("leaves a question without examples to its keywords (no likeness in the grade)", () => {
    const g = gradeAnswer(q, lifted);
    expect([g.passed, "likeness" in g]).toEqual([false, false]);
  });
});
