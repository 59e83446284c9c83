import { ContentError } from "./errors.js";
import { didYouMean } from "./suggest.js";
import type { Problem } from "./tree.js";
import { resolveTopic, topicSpellings } from "./topic-names.js";
import { TOPICS, questionKey, type BankOf, type Lang, type Question, type QuestionSummary } from "./types.js";

/** Every loaded question (or only its summary, for `list`), merged across files and directories. */
export interface Catalog<Q extends QuestionSummary = Question> {
  banks: BankOf<Q>[];
  questions: Q[];
}

/** Every question that is defined a second time (same bank, id and language), located at the repeat. */
export function findDuplicates(banks: readonly BankOf<QuestionSummary>[]): Problem[] {
  const origin = new Map<string, string>();
  const problems: Problem[] = [];
  for (const bank of banks) {
    bank.questions.forEach((q, i) => {
      const key = `${questionKey(q)}/${q.lang}`;
      const first = origin.get(key);
      if (first === undefined) origin.set(key, bank.file);
      else problems.push({ file: bank.file, line: bank.lines?.[i] ?? 1, col: 3, message: `question ${questionKey(q)} (${q.lang}) is defined twice: in ${first} and in ${bank.file}` });
    });
  }
  return problems;
}

/** Merges banks into a catalog; the same bank/id/lang defined in two files is an error naming both. */
export function buildCatalog<Q extends QuestionSummary>(banks: BankOf<Q>[]): Catalog<Q> {
  const duplicate = findDuplicates(banks)[0];
  if (duplicate) throw new ContentError(duplicate.message);
  return { banks, questions: banks.flatMap((b) => b.questions) };
}

/** What `list` and `quiz` may narrow the questions by; the topic is an id or its name in any language. */
export interface QuestionFilter {
  lang: Lang;
  bank?: string;
  topic?: string;
}

/** The questions in one language, optionally of one bank and topic; unknown names are errors. */
export function selectQuestions<Q extends QuestionSummary>(catalog: Catalog<Q>, filter: QuestionFilter): Q[] {
  const inLang = catalog.questions.filter((q) => q.lang === filter.lang);
  const { bank, topic } = filter;
  if (bank !== undefined && !inLang.some((q) => q.bank === bank)) {
    throw new ContentError(`unknown bank '${bank}'${didYouMean(bank, inLang.map((q) => q.bank))}; banks in '${filter.lang}': ${unique(inLang.map((q) => q.bank)).join(", ") || "none"}`);
  }
  const topicId = topic === undefined ? undefined : resolveTopic(topic);
  if (topic !== undefined && topicId === undefined) {
    throw new ContentError(`unknown topic '${topic}'${didYouMean(topic, topicSpellings())}; topics: ${TOPICS.join(", ")}`);
  }
  return inLang.filter((q) => (bank === undefined || q.bank === bank) && (topicId === undefined || q.topic === topicId));
}

/** Finds `<bank>/<id>` (or a bare id that only one bank has) in one language, with a did-you-mean. */
export function findQuestion(catalog: Catalog, ref: string, lang: Lang): Question {
  const all = catalog.questions;
  const matches = ref.includes("/") ? all.filter((q) => questionKey(q) === ref) : all.filter((q) => q.id === ref);
  const keys = unique(matches.map(questionKey));
  if (keys.length > 1) throw new ContentError(`'${ref}' is in several banks; say which: ${keys.join(", ")}`);
  if (matches.length === 0) {
    throw new ContentError(`unknown question '${ref}'${didYouMean(ref, unique(all.map(questionKey)))}; see 'smm-prep list'`);
  }
  const found = matches.find((q) => q.lang === lang);
  if (!found) {
    const langs = unique(matches.map((q) => q.lang)).join(", ");
    throw new ContentError(`question ${keys[0]} has no '${lang}' version; it exists in: ${langs}`);
  }
  return found;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
