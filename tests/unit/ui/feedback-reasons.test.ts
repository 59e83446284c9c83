// The feedback says why an answer with enough points did not pass (a red flag, a bare list), and
// shows the mentions the grader understood as rejected, in the answer's language.
import { describe, expect, it } from "vitest";
import type { Lang, Question } from "../../../src/content/types.js";
import { gradeAnswer } from "../../../src/grading/index.js";
import { plain } from "../../../src/ui/color.js";
import { renderFeedback } from "../../../src/ui/feedback.js";

function question(lang: Lang, concept: string[], practice: string[]): Question {
  return {
    id: "q", bank: "t", lang, topic: "growth", prompt: "?", guidance: "", answer: "Model.",
    rubric: { pass: 50, concepts: [{ id: "c", label: "Content", weight: 1, keywords: concept }], redFlags: [{ id: "f", label: "Buys followers", keywords: [], practice }] },
  };
}
const render = (q: Question, answer: string) => renderFeedback(gradeAnswer(q, answer), q, plain, 100);

describe("feedback that shows the reason", () => {
  it.each<[Lang, string[], string[], string, string]>([
    ["en", ["content"], ["buy followers"], "Good content, and I'd buy followers to start.", "✘ not passed: red flag “Buys followers”"],
    ["ru", ["контент"], ["купить подписчиков"], "Хороший контент, и я бы купила подписчиков на старте.", "✘ не зачтено: тревожный сигнал «Buys followers»"],
    ["el", ["περιεχόμενο"], ["αγοράζω followers"], "Καλό περιεχόμενο και στην αρχή αγοράζω followers.", "✘ αποτυχία: προειδοποιητικό σημάδι «Buys followers»"],
  ])("%s: a red flag fails a passing score", (lang, concept, practice, answer, line) => {
    expect(render(question(lang, concept, practice), answer)).toContain(line);
  });

  it("a bare list of terms", () => {
    const out = render(question("en", ["likes", "followers"], ["buy followers"]), "likes followers reach divided 100 per post average");
    expect(out).toContain("✘ not passed: this is a list of terms, not an answer.");
  });

  it.each<[Lang, string, string]>([
    ["en", "We leverage storytelling and engagement to drive conversions, ROI and growth across the funnel.", "✘ not passed: this is mostly buzzwords."],
    ["ru", "Наша стратегия — это охват, вовлечённость, конверсия и рост узнаваемости бренда через контент.", "✘ не зачтено: здесь в основном модные слова."],
    ["el", "Η στρατηγική μας φέρνει engagement, ROI, conversions και αναγνωρισιμότητα μέσα από storytelling.", "✘ αποτυχία: εδώ υπάρχουν κυρίως ηχηροί όροι."],
  ])("%s: mostly jargon fails a passing score", (lang, answer, line) => {
    const q = question(lang, ["engagement", "вовлеченность", "strategy", "στρατηγική"], ["buy followers"]);
    expect(render(q, answer)).toContain(line);
  });

  it.each<[Lang, string[], string, string]>([
    ["en", ["buy followers"], "Content first. Buy followers? Never.", "⊘ Buys followers ← “Buy followers”: you ruled it out"],
    ["ru", ["накрутка"], "Контент важнее. Накрутка — это боты и бан.", "⊘ Buys followers ← “Накрутка”: вы назвали это плохой идеей"],
    ["el", ["αγορά followers"], "Περιεχόμενο. Αγορά followers; Ποτέ.", "⊘ Buys followers ← “Αγορά followers”: το απορρίψατε"],
  ])("%s: a rejected mention is shown as understood", (lang, practice, answer, line) => {
    const out = render(question(lang, ["content", "контент", "περιεχόμενο"], practice), answer);
    expect(out).toContain(line);
  });
});

describe("a red flag says why it hurts", () => {
  it("shows the flag's own reason instead of the generic line", () => {
    const q = question("en", ["content"], ["buy followers"]);
    q.rubric.redFlags[0]!.why = "Bought followers are bots: they never buy, and they drag the engagement rate down.";
    const out = render(q, "Good content, and I'd buy followers to start.");
    expect(out).toContain("Bought followers are bots: they never buy");
    expect(out).not.toContain("an interviewer hears this as a warning sign");
  });
});

describe("a verdict that comes from the graded examples says so, with the answer's words", () => {
  it.each<[Lang, string]>([
    ["en", "but it makes the case that answers interviewers accept make (words it shares with them: “audience” and “questions”)"],
    ["ru", "но ответ говорит о том же, о чём ответы, которые интервьюеры принимают (общие с ними слова: “audience” и “questions”)"],
    ["el", "αλλά λέει ό,τι λένε οι απαντήσεις που δέχονται οι συνεντευκτές (κοινές λέξεις μαζί τους: “audience” και “questions”)"],
  ])("%s: a pass short of the pass mark", (lang, line) => {
    const q = question(lang, ["content"], ["buy followers"]);
    const g = { ...gradeAnswer(q, "Something else entirely."), passed: true, likeness: { strong: 0.9, weak: 0.1, redflag: 0, words: ["audience", "questions"], lifted: true } };
    expect(renderFeedback(g, q, plain, 200)).toContain(line);
  });

  it("is silent for a pass on the score alone", () => {
    const q = question("en", ["content"], ["buy followers"]);
    const g = { ...gradeAnswer(q, "Content."), likeness: { strong: 0.9, weak: 0.1, redflag: 0, words: ["content"], lifted: false } };
    expect(renderFeedback(g, q, plain, 200)).not.toContain("answers interviewers accept");
  });

  it.each<[Lang, string]>([
    ["en", "⚠ Buys followers reads like answers that recommend this (words it shares with them: “starter” and “package”)"],
    ["ru", "⚠ Buys followers звучит как ответы, которые это советуют (общие с ними слова: “starter” и “package”)"],
    ["el", "⚠ Buys followers μοιάζει με απαντήσεις που το προτείνουν (κοινές λέξεις μαζί τους: “starter” και “package”)"],
  ])("%s: a red flag named by likeness", (lang, line) => {
    const q = question(lang, ["content"], ["buy followers"]);
    const base = gradeAnswer(q, "A starter package.");
    const g = { ...base, redFlags: base.redFlags.map((f) => ({ ...f, hit: true, matches: ["starter", "package"], byLikeness: true })) };
    expect(renderFeedback(g, q, plain, 200)).toContain(line);
  });
});
