// Red flags of the whole bank (the practices an interviewer never wants to hear) apply to every
// question. They are stored once per bank and joined to the questions when a bank is read: copied into
// each of 39 questions they made the compiled banks five times larger, and `list` pays to parse them.
import type { Bank, Question } from "./types.js";

/** Adds the bank's red flags to each question that has no flag of the same id (the question's own wins). */
export function joinBankFlags(bank: Bank): Bank {
  const shared = bank.redFlags ?? [];
  if (shared.length === 0) return bank;
  const questions = bank.questions.map((q): Question => {
    const own = new Set(q.rubric.redFlags.map((f) => f.id));
    const added = shared.filter((f) => !own.has(f.id));
    return added.length === 0 ? q : { ...q, rubric: { ...q.rubric, redFlags: [...q.rubric.redFlags, ...added] } };
  });
  return { ...bank, questions };
}

/** The bank as stored: each question keeps only its own red flags; the bank's are listed once. */
export function splitBankFlags(bank: Bank): Bank {
  const shared = new Set(bank.redFlags ?? []);
  if (shared.size === 0) return bank;
  return { ...bank, questions: bank.questions.map((q) => ({ ...q, rubric: { ...q.rubric, redFlags: q.rubric.redFlags.filter((f) => !shared.has(f)) } })) };
}
