import { groupBy } from "../group-by.js";
import { LANGS, type Bank, type Question } from "./types.js";
import type { Problem } from "./tree.js";

/** Where a question is written: its file and the line it starts on. */
const where = (bank: Bank, i: number) => ({ file: bank.file, line: bank.lines?.[i] ?? 1, col: 3 });

/** Every way one language's question differs from the reference's, one sentence each. */
function differences(q: Question, ref: Question, refLang: string, refAt: string): string[] {
  const found: string[] = [];
  if (q.topic !== ref.topic) found.push(`has topic '${q.topic}' here but '${ref.topic}' in ${refLang} (${refAt})`);
  const weights = new Map(q.rubric.concepts.map((c) => [c.id, c.weight]));
  const refWeights = new Map(ref.rubric.concepts.map((c) => [c.id, c.weight]));
  for (const [id, weight] of refWeights) {
    const own = weights.get(id);
    if (own === undefined) found.push(`lacks concept '${id}', which ${refLang} has (${refAt})`);
    else if (own !== weight) found.push(`gives concept '${id}' weight ${own} here but ${weight} in ${refLang} (${refAt})`);
  }
  for (const id of weights.keys()) if (!refWeights.has(id)) found.push(`has concept '${id}', which ${refLang} lacks (${refAt})`);
  const flags = new Set(q.rubric.redFlags.map((f) => f.id));
  const refFlags = new Set(ref.rubric.redFlags.map((f) => f.id));
  for (const id of refFlags) if (!flags.has(id)) found.push(`lacks red flag '${id}', which ${refLang} has (${refAt})`);
  for (const id of flags) if (!refFlags.has(id)) found.push(`has red flag '${id}', which ${refLang} lacks (${refAt})`);
  return found;
}

/**
 * Checks that each bank has the same question ids, topics, concept ids, weights and red-flag ids in
 * every language it is written in, one problem per difference, located at the question. English is
 * the reference when the bank has it, else the first of ru, el.
 */
export function checkParity(banks: Bank[]): Problem[] {
  const problems: Problem[] = [];
  const byName = groupBy(banks, (bank) => bank.bank);
  for (const group of byName.values()) {
    const rank = (lang: string) => (lang === "en" ? -1 : LANGS.indexOf(lang as (typeof LANGS)[number]));
    group.sort((a, b) => rank(a.lang) - rank(b.lang));
    const reference = group[0]!;
    const refIndex = new Map(reference.questions.map((q, i) => [q.id, i]));
    for (const bank of group.slice(1)) {
      const own = new Set(bank.questions.map((q) => q.id));
      for (const [id, i] of refIndex) {
        if (!own.has(id)) problems.push({ file: bank.file, line: 1, col: 1, message: `question '${id}' is in ${reference.lang} (${reference.file}:${where(reference, i).line}) but missing here` });
      }
      bank.questions.forEach((q, i) => {
        const r = refIndex.get(q.id);
        if (r === undefined) return void problems.push({ ...where(bank, i), message: `question '${q.id}' is not in the ${reference.lang} version (${reference.file})` });
        const refAt = `${reference.file}:${where(reference, r).line}`;
        for (const diff of differences(q, reference.questions[r]!, reference.lang, refAt)) problems.push({ ...where(bank, i), message: `question '${q.id}' ${diff}` });
      });
    }
  }
  return problems;
}
