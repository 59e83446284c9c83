// Adding a language is one module: a toy Ukrainian registered here is graded with its own stemmer,
// negations and evaluation words, while Russian (the same script) keeps its own, and nothing in the
// matcher changes.
import { describe, expect, it } from "vitest";
import type { Lang, Question } from "../../../src/content/types.js";
import { gradeAnswer, registerLanguage, type LanguageDefinition } from "../../../src/grading/index.js";
import { ru } from "../../../src/grading/lang/ru.js";

// A toy stemmer: cut one common ending. Enough to show that the module's stemmer is the one used.
const ENDINGS = ["ами", "ів", "и", "а", "у", "і", "ю"];
const uk: LanguageDefinition = {
  ...ru,
  code: "uk",
  stemmer: () => ({ stem: (w) => ENDINGS.reduce((s, e) => (s === w && w.endsWith(e) && w.length > e.length + 2 ? w.slice(0, -e.length) : s), w) }),
  functionWords: "в у на і й та з до для від по про а але чи",
  glueWords: "я ми ви він вона це що як щоб якщо",
  negations: "не ні ніколи без жодних",
  concordNegations: "не ні",
  contrastWords: "замість",
  postNegations: "не головне\nне мета",
  negativeEvaluations: "погано шкідливо ризиковано боти",
  otherExperiencers: "клієнти деякі",
};
registerLanguage(uk);

function question(lang: string, practice: string[], concept: string[]): Question {
  return {
    id: "q", bank: "toy", lang: lang as Lang, topic: "growth", prompt: "?", guidance: "", answer: "",
    rubric: { pass: 50, concepts: [{ id: "c", label: "C", weight: 1, keywords: concept }], redFlags: [{ id: "f", label: "F", keywords: [], practice }] },
  };
}

describe("a fourth language is one module", () => {
  const q = question("uk", ["купувати підписників"], ["продажі"]);
  it.each<[string, boolean, boolean]>([
    ["Я б купувати підписників не став: це боти.", false, false],
    ["Спершу купувати підписників, потім контент.", false, true],
    ["Мені важливі продажі, а не лайки.", true, false],
    ["Ніколи не продажі, а охоплення.", false, false],
    ["Лайки не головне, продажі — так.", true, false],
  ])("%j → concept %s, flag %s", (answer, concept, flag) => {
    const g = gradeAnswer(q, answer);
    expect(g.concepts[0]!.hit).toBe(concept);
    expect(g.redFlags[0]!.hit).toBe(flag);
  });

  it("uses its own stemmer, and Russian keeps Russian's", () => {
    expect(gradeAnswer(question("uk", ["x"], ["продажі"]), "продажами").concepts[0]!.hit).toBe(true);
    expect(gradeAnswer(question("ru", ["x"], ["продажи"]), "продажами").concepts[0]!.hit).toBe(true);
    // The toy negation list is Ukrainian's alone: "ніколи" means nothing to Russian.
    expect(gradeAnswer(question("ru", ["x"], ["продажи"]), "ніколи продажи").concepts[0]!.hit).toBe(true);
  });
});
