import type { Lang, Scale } from "../../content/types.js";

/**
 * What `list`, `show` and `validate` say. Kept apart from messages.ts (the quiz, feedback and history
 * texts) so the commands on the start-up path load only these few lines.
 */
export interface CatalogTexts {
  /** The language's own name, as the footer of `list` and the head of `show` name it. */
  langName: Record<Lang, string>;
  colId: string;
  colTopic: string;
  colQuestion: string;
  /** The footer of `list`, e.g. "39 questions · English". */
  questionCount: (count: string, n: number, lang: string) => string;
  noQuestions: (lang: string) => string;
  guidance: string;
  modelAnswer: string;
  rubric: (pass: string) => string;
  keywords: string;
  practice: string;
  redFlags: string;
  /** A sense guard's note, "(not next to: small business)". */
  notNextTo: (words: string) => string;
  scales: Record<Scale, string>;
  source: (article: string, item: number) => string;
  /** The summary line of `validate` when all is well, e.g. "1 bank (2 files), 2 questions (ru, en): no problems". */
  valid: (banks: number, files: number, questions: number, langs: string) => string;
  invalid: (problems: number, files: number) => string;
}

const ruRules = new Intl.PluralRules("ru");
const elRules = new Intl.PluralRules("el");
/** The Russian form for a number: 1 вопрос, 2 вопроса, 5 вопросов. */
const ru = (n: number, one: string, few: string, many: string) => ({ one, few, many })[ruRules.select(n) as "one" | "few" | "many"] ?? many;
const el = (n: number, one: string, other: string) => (elRules.select(n) === "one" ? one : other);
const en = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

const TEXTS: Record<Lang, CatalogTexts> = {
  en: {
    langName: { en: "English", ru: "Russian", el: "Greek" },
    colId: "ID",
    colTopic: "TOPIC",
    colQuestion: "QUESTION",
    questionCount: (count, n, lang) => `${count} question${n === 1 ? "" : "s"} · ${lang}`,
    noQuestions: (lang) => `No questions match (${lang}).`,
    guidance: "Guidance",
    modelAnswer: "Model answer",
    rubric: (pass) => `Rubric (pass at ${pass} of the concept weight)`,
    keywords: "keywords",
    practice: "practice",
    redFlags: "Red flags",
    notNextTo: (words) => `(not next to: ${words})`,
    scales: { thousand: "thousand", million: "million", billion: "billion" },
    source: (article, item) => `Source: ${article}, item ${item}`,
    valid: (banks, files, questions, langs) => `${en(banks, "bank")} (${en(files, "file")}), ${en(questions, "question")} (${langs}): no problems`,
    invalid: (problems, files) => `${en(problems, "problem")} in ${en(files, "file")}`,
  },
  ru: {
    langName: { en: "английский", ru: "русский", el: "греческий" },
    colId: "КОД",
    colTopic: "ТЕМА",
    colQuestion: "ВОПРОС",
    questionCount: (count, n, lang) => `${count} ${ru(n, "вопрос", "вопроса", "вопросов")} · ${lang}`,
    noQuestions: (lang) => `Подходящих вопросов нет (${lang}).`,
    guidance: "Что должен показать ответ",
    modelAnswer: "Образцовый ответ",
    rubric: (pass) => `Критерии (зачёт от ${pass} веса пунктов)`,
    keywords: "ключевые слова",
    practice: "практики",
    redFlags: "Тревожные сигналы",
    notNextTo: (words) => `(кроме как рядом с: ${words})`,
    scales: { thousand: "тыс.", million: "млн", billion: "млрд" },
    source: (article, item) => `Источник: ${article}, пункт ${item}`,
    valid: (banks, files, questions, langs) =>
      `${banks} ${ru(banks, "банк", "банка", "банков")} (${files} ${ru(files, "файл", "файла", "файлов")}), ${questions} ${ru(questions, "вопрос", "вопроса", "вопросов")} (${langs}): ошибок нет`,
    invalid: (problems, files) => `${problems} ${ru(problems, "ошибка", "ошибки", "ошибок")} в ${files} ${ru(files, "файле", "файлах", "файлах")}`,
  },
  el: {
    langName: { en: "αγγλικά", ru: "ρωσικά", el: "ελληνικά" },
    colId: "ΚΩΔΙΚΟΣ",
    colTopic: "ΘΕΜΑ",
    colQuestion: "ΕΡΩΤΗΣΗ",
    questionCount: (count, n, lang) => `${count} ${el(n, "ερώτηση", "ερωτήσεις")} · ${lang}`,
    noQuestions: (lang) => `Καμία ερώτηση δεν ταιριάζει (${lang}).`,
    guidance: "Τι πρέπει να δείχνει η απάντηση",
    modelAnswer: "Υποδειγματική απάντηση",
    rubric: (pass) => `Κριτήρια (βάση στο ${pass} του βάρους των σημείων)`,
    keywords: "λέξεις-κλειδιά",
    practice: "πρακτικές",
    redFlags: "Προειδοποιητικά σημάδια",
    notNextTo: (words) => `(όχι δίπλα σε: ${words})`,
    scales: { thousand: "χιλ.", million: "εκατ.", billion: "δισ." },
    source: (article, item) => `Πηγή: ${article}, σημείο ${item}`,
    valid: (banks, files, questions, langs) =>
      `${banks} ${el(banks, "τράπεζα", "τράπεζες")} (${files} ${el(files, "αρχείο", "αρχεία")}), ${questions} ${el(questions, "ερώτηση", "ερωτήσεις")} (${langs}): κανένα πρόβλημα`,
    invalid: (problems, files) => `${problems} ${el(problems, "πρόβλημα", "προβλήματα")} σε ${files} ${el(files, "αρχείο", "αρχεία")}`,
  },
};

/** The texts of the catalog views in one language. */
export function catalogTexts(lang: Lang): CatalogTexts {
  return TEXTS[lang];
}
