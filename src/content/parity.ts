import { LANGS, type Bank, type Question } from "./types.js";
import type { Problem } from "./tree.js";

/** The shape a question must share across languages: its concepts with weights, and its red flags. */
function shape(q: Question): string {
  const concepts = q.rubric.concepts.map((c) => `${c.id}×${c.weight}`).sort();
  const flags = q.rubric.redFlags.map((f) => f.id).sort();
  return `concepts ${concepts.join(", ") || "none"}; red flags ${flags.join(", ") || "none"}`;
}

/**
 * Checks that each bank has the same question ids, concept ids, weights and red-flag ids in every
 * language it is written in. English is the reference when the bank has it, else the first of ru, el.
 */
export function checkParity(banks: Bank[]): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map<string, Bank[]>();
  for (const bank of banks) byName.set(bank.bank, [...(byName.get(bank.bank) ?? []), bank]);
  for (const group of byName.values()) {
    const rank = (lang: string) => (lang === "en" ? -1 : LANGS.indexOf(lang as (typeof LANGS)[number]));
    group.sort((a, b) => rank(a.lang) - rank(b.lang));
    const reference = group[0]!;
    const refQuestions = new Map(reference.questions.map((q) => [q.id, q]));
    for (const bank of group.slice(1)) {
      const at = (i: number) => ({ file: bank.file, line: bank.lines?.[i] ?? 1, col: 3 });
      const own = new Set(bank.questions.map((q) => q.id));
      for (const id of refQuestions.keys()) {
        if (!own.has(id)) problems.push({ file: bank.file, line: 1, col: 1, message: `question '${id}' is in ${reference.lang} (${reference.file}) but missing here` });
      }
      bank.questions.forEach((q, i) => {
        const ref = refQuestions.get(q.id);
        if (!ref) problems.push({ ...at(i), message: `question '${q.id}' is not in the ${reference.lang} version (${reference.file})` });
        else if (shape(ref) !== shape(q)) {
          problems.push({ ...at(i), message: `question '${q.id}' differs from ${reference.lang}: here ${shape(q)}; in ${reference.lang} ${shape(ref)}` });
        }
      });
    }
  }
  return problems;
}
