// Whether a practice red flag's mention is an endorsement (keyword rule 7): not conceded ("X may look
// harmless, but…"), not turned down by a negated verb after it, not judged negatively in its sentence
// ("risky", "вредно", "επικίνδυνο"), not left in the past ("before… now") and not said of someone else
// ("clients ask…").
import { sentenceOf, type AnswerIndex } from "./match.js";
import type { Token } from "./words.js";
import { quoted } from "./quotation.js";
import { preRejection, pseudo } from "./scope.js";
import { PLAIN, SENTENCE_REACH, clauseBreak, has, inList, isNegation, phraseEndsAt, type KeywordFacts, type Rejection } from "./scope-words.js";

// Conjunctions that open reported speech ("that", "что", "ότι", "πως").
const REPORTED_SPEECH = new Set(["that", "что", "οτι", "πωσ"]);

/** Bounds of the sentence holding token i, capped at SENTENCE_REACH words each way. */
function sentenceBounds(index: AnswerIndex, i: number): [number, number] {
  const s = sentenceOf(index, i);
  let from = i;
  while (from > 0 && i - from < SENTENCE_REACH && sentenceOf(index, from - 1) === s) from--;
  let to = i;
  while (to + 1 < index.tokens.length && to - i < SENTENCE_REACH && sentenceOf(index, to + 1) === s) to++;
  return [from, to];
}

/** "It may look harmless, but…": a concession marker, then the mention, then a turning conjunction, in one sentence. */
export function conceded(first: number, last: number, index: AnswerIndex): boolean {
  const { tokens } = index;
  const [from, to] = sentenceBounds(index, first);
  let turn = -1;
  for (let k = last + 1; k <= to; k++) if (has(tokens[k], (l) => l.contrastConjunctions)) { turn = k; break; }
  if (turn < 0) return false;
  for (let k = from; k < turn; k++) if (inList(tokens[k], "concessionMarkers") && !afterPurpose(tokens, k)) return true;
  return false;
}

/** Words before a verb in which a purpose word makes it the practice's aim: "to look established", "για να μη φαινόμαστε άδειοι". */
const PURPOSE_REACH = 2;

/** The word at k is the verb of a purpose clause ("to look", "чтобы казаться"), not a concession ("it may look"); the purpose word comes after `from`. */
function afterPurpose(tokens: Token[], k: number, from = -1): boolean {
  for (let j = k - 1; j > from && j >= k - PURPOSE_REACH; j--) if (tokens[j]?.lang?.purposeWords.has(tokens[j]!.norm)) return true;
  return false;
}

/** Words after a practice in which a negated verb still turns it down: "на накрутку подписчиков я бы не потратила ни рубля". */
const PRACTICE_POST_REACH = 5;

/**
 * A practice named and then turned down by a negated verb in its clause: "накрутку не делаю", "paid
 * followers I would never touch". (For a concept a bare negation after the words denies the verb, not
 * them: "негатив не удаляю" still talks about handling negativity; a practice is the thing done.)
 */
export function turnedDown(last: number, index: AnswerIndex, kw: KeywordFacts = PLAIN): boolean {
  // A practice that states a negation itself ("никаких контент-планов", "план не нужен") agrees with another one.
  if (kw.negations.size > 0) return false;
  const { tokens } = index;
  for (let k = last + 1; k < tokens.length && k <= last + PRACTICE_POST_REACH; k++) {
    if (clauseBreak(tokens, k)) return false;
    const t = tokens[k];
    // "…30 hashtags в первом комментарии instead of the caption": what follows "instead" is the alternative.
    if (!t?.lang || t.lang.scopeTerminators.has(t.norm) || t.lang.purposeWords.has(t.norm) || t.lang.contrastWords.has(t.norm)) return false;
    if (!isNegation(t) || t.lang.privatives.has(t.norm) || pseudo(tokens, k)) continue;
    // "isn't risky", "не вредно": denying a judgement of it is no turning down.
    if (inList(tokens[k + 1], "negativeEvaluations") || inList(tokens[k + 2], "negativeEvaluations")) return false;
    return true;
  }
  return false;
}

/** Sentences after a past practice in which a "now" still turns away from it. */
const NOW_REACH_SENTENCES = 2;

/** "Before, I was always on the phone… Now I plan ahead": a practice put in the past, then a "now". */
function abandoned(first: number, last: number, index: AnswerIndex, from: number): boolean {
  const { tokens } = index;
  let past = false;
  for (let k = from; k < first && !past; k++) past = phraseEndsAt(tokens, k, (l) => l.pastMarkers);
  if (!past) return false;
  const end = sentenceOf(index, last) + NOW_REACH_SENTENCES;
  for (let k = last + 1; k < tokens.length && sentenceOf(index, k) <= end; k++) if (phraseEndsAt(tokens, k, (l) => l.nowMarkers)) return true;
  return false;
}

/** Why an endorsed-practice mention is not an endorsement: judged negatively, said of someone else, or left in the past. */
export function notEndorsed(first: number, last: number, index: AnswerIndex): Rejection | null {
  const { tokens } = index;
  const [from, to] = sentenceBounds(index, first);
  if (abandoned(first, last, index, from)) return "abandoned";
  // A judgement counts from the start of the mention's own clause to the end of the sentence: "buying
  // followers is risky", "накрутка — это боты". One in an earlier clause is about something else:
  // "the account looks empty, so I'd buy followers", "if the comment is bad, I delete it".
  let clause = first;
  while (clause > from && !clauseBreak(tokens, clause)) clause--;
  let alternative = false;
  for (let k = clause; k <= to; k++) {
    if (k >= first && k <= last) continue;
    // "…, otherwise you lose reach": what follows judges not doing it.
    if (has(tokens[k], (l) => l.otherwise)) alternative = true;
    if (alternative) continue;
    // "not risky" is no judgement against it, "through bots" names a means, not a verdict, and a
    // quoted word is only cited: "filters that hide comments with words like «scam»".
    if (!inList(tokens[k], "negativeEvaluations") || preRejection(k, k, tokens, PLAIN, index.text) || has(tokens[k - 1], (l) => l.instruments)) continue;
    // "…to avoid an empty-looking page", "to break the zero problem": what the practice is for, not a verdict on it.
    if (k > last && afterPurpose(tokens, k, last)) continue;
    if (quoted(k, index)) continue;
    return "judged";
  }
  // Someone else's practice ("competitors buy followers") is reported in its own clause; "so we should too" is not.
  // "Clients think that likes are the goal": a clause opened by "that" still reports.
  for (let k = first - 1; k >= from; k--) {
    if (clauseBreak(tokens, k + 1) && !REPORTED_SPEECH.has(tokens[k + 1]?.norm ?? "")) break;
    if (!inList(tokens[k], "otherExperiencers") && !phraseEndsAt(tokens, k, (l) => l.otherGroups)) continue;
    // "If someone's rude I hide it": someone else in a condition is the occasion, not the one who does it.
    if (conditionBefore(tokens, k, from)) continue;
    // "…; I'd do the same": the speaker takes up what they reported.
    if (adopted(last, index)) return null;
    return "reported";
  }
  return null;
}

/** Sentences after a reported practice in which "do the same" or a defence ("everyone does it") still takes it up: a result may come between. */
const ADOPTION_REACH_SENTENCES = 2;
/** Words before or after "do the same" in which a negation turns the taking-up down: "we shouldn't do the same". */
const ADOPTION_NEGATION_REACH = 4;

/** A phrase taking up the practice ("do the same", "то же самое"), not negated, after it in its sentence or the next. */
function adopted(last: number, index: AnswerIndex): boolean {
  const { tokens } = index;
  const end = sentenceOf(index, last) + ADOPTION_REACH_SENTENCES;
  for (let k = last + 1; k < tokens.length && sentenceOf(index, k) <= end; k++) {
    const phrase = tokens[k]?.lang?.adoptionMarkers.find((p) => p.every((w, i) => tokens[k - p.length + 1 + i]?.norm === w));
    if (!phrase) continue;
    const start = k - phrase.length + 1;
    let negated = false;
    for (let j = Math.max(last + 1, start - ADOPTION_NEGATION_REACH); j < start; j++) if (isNegation(tokens[j])) negated = true;
    // "Делать то же самое я бы не стала": a negated verb after it, in its clause.
    for (let j = k + 1; j <= k + ADOPTION_NEGATION_REACH && j < tokens.length && !clauseBreak(tokens, j); j++) if (isNegation(tokens[j])) negated = true;
    if (!negated) return true;
  }
  return false;
}

/** A condition word opens the clause holding token k (before k). */
function conditionBefore(tokens: Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    if (has(tokens[j], (l) => l.conditionWords)) return true;
    if (clauseBreak(tokens, j + 1)) return false;
  }
  return false;
}
