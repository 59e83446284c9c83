// "A list of keywords is not an answer." Statements are held together by glue words (articles,
// prepositions, conjunctions, pronouns, auxiliaries): about a third of the words of any sentence in
// all three languages. A string of terms ("likes followers reach divided 100 per post average") has
// almost none. Short answers are exempt: "Listening." or "Active listening, honestly." are statements.
import type { Token } from "./words.js";

/** An answer needs at least this many words before it can be judged a bare list. */
const LIST_MIN_WORDS = 6;
/** An answer whose share of glue words is below this reads as a bare list of terms. */
const LIST_MAX_GLUE = 0.12;

/** True when the answer is a bare list of terms rather than statements. */
export function isBareList(tokens: readonly Token[]): boolean {
  if (tokens.length < LIST_MIN_WORDS) return false;
  let glue = 0;
  let verbs = 0;
  for (const t of tokens) {
    if (t.lang?.glueWords.has(t.norm)) glue++;
    else if (t.lang?.verbEndings.some((e) => t.norm.endsWith(e))) verbs++;
  }
  // One verb can be a term ("делить" in a list of metric words); several are steps said as a statement.
  if (verbs >= 2) glue += verbs;
  return glue / tokens.length < LIST_MAX_GLUE;
}
