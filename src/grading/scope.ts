// Whether an occurrence of a keyword counts as said (keyword rule 6, NegEx-style). A mention does not
// count when a negation's scope covers it (before or after it in its clause), when it is the rejected
// side of a contrast ("rather than X"), and, for red flags, when it is conceded ("X may look harmless,
// but…"). A practice red flag also needs the answer to endorse it: not judged negatively in its
// sentence ("risky", "вредно", "επικίνδυνο") and not attributed to someone else ("clients ask…").
import type { CompiledPhrase } from "./compile.js";
import type { Language, StemList } from "./lang/registry.js";
import { isEmphasis } from "./emphasis.js";
import { sentenceOf, type AnswerIndex } from "./match.js";
import { Break, type Token } from "./words.js";

/** Why a mention was not counted; shown in the feedback. */
export type Rejection = "negated" | "contrasted" | "conceded" | "judged" | "reported" | "abandoned";

/** Words a negation reaches forward (within its clause, up to a scope terminator): "I would not spend the whole budget on boosting posts just to collect likes". */
const PRE_REACH = 12;
/** Words a "without" reaches, articles aside: it governs its noun phrase ("without a clear content plan"), not the verb after it. */
const PRIVATIVE_REACH = 3;
/** Words after a mention in which a negation still denies it ("likes are not the goal"). */
const POST_REACH = 3;
/** Longest clause that can be a bare "no" ("— точно нет", "Absolutely not"). */
const BARE_CLAUSE = 4;
/** How far a sentence is searched for evaluation, concession or another experiencer. */
const SENTENCE_REACH = 40;

/** The negation-related facts of a keyword (a phrase keyword; structured keywords state no negation). */
export type KeywordFacts = Pick<CompiledPhrase, "negations" | "concord">;
const PLAIN: KeywordFacts = { negations: new Set(), concord: false };

const inList = (t: Token | undefined, list: StemList): boolean => !!t?.lang && t.lang.stems(list).has(t.stem);
const has = (t: Token | undefined, pick: (l: Language) => ReadonlySet<string>): boolean => !!t?.lang && pick(t.lang).has(t.norm);
const isNegation = (t: Token | undefined): boolean => has(t, (l) => l.negations);

/** A clause boundary stands between token i-1 and token i. */
const clauseBreak = (tokens: Token[], i: number): boolean => (tokens[i]?.brk ?? Break.None) !== Break.None;

// Conjunctions that open reported speech ("that", "что", "ότι", "πως").
const REPORTED_SPEECH = new Set(["that", "что", "οτι", "πωσ"]);
// Linking words that may stand between a negation and what makes it a double negative ("cannot be ignored").
const LINKS = new Set(["be", "been", "being", "to", "ειναι", "ειμαι", "ειμαστε", "быть"]);

/** "not only", "never ignore", "не забывайте", "cannot be ignored": the negation ending at j is emphasis or a double negative. */
function pseudo(tokens: Token[], j: number, limit = Infinity): boolean {
  const next = j + 1 < limit ? tokens[j + 1] : undefined;
  const after = next && LINKS.has(next.norm) && j + 2 < limit ? tokens[j + 2] : undefined;
  return [next, after].some((t) => isEmphasis(t) || inList(t, "doubleNegatives"));
}

/** Words after a negation in which an emphasis word still makes it "not only" ("I don't care only about likes"). */
const EMPHASIS_REACH = 2;

/** "not only likes": an emphasis word between the negation at j and the mention at `first`, close to the negation. */
function cancelledBetween(tokens: Token[], j: number, first: number): boolean {
  // Further on, "just" is no longer "not just": "would not spend the budget on boosting posts just to collect likes".
  for (let k = j + 1; k < first && k <= j + EMPHASIS_REACH; k++) if (isEmphasis(tokens[k])) return true;
  return false;
}

/** A phrase of the list `pick` ends at token j ("rather than", "people who"). */
function phraseEndsAt(tokens: Token[], j: number, pick: (l: Language) => readonly (readonly string[])[]): boolean {
  const lang = tokens[j]?.lang;
  if (!lang) return false;
  return pick(lang).some((phrase) => phrase.every((w, k) => tokens[j - phrase.length + 1 + k]?.norm === w));
}

/** A contrast phrase ("rather than") ending at token j. */
const contrastPhraseEndsAt = (tokens: Token[], j: number): boolean => phraseEndsAt(tokens, j, (l) => l.contrastPhrases);

/** The first token of the clause after the one holding token i, or -1 at the end of the answer. */
function nextClauseStart(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + SENTENCE_REACH; k++) if (clauseBreak(tokens, k)) return k;
  return -1;
}

/** The length of the post-negation trigger starting at token `at` (0 when none); it may not cross a clause break after `from`. */
function triggerAt(tokens: Token[], at: number, from: number): number {
  const lang = tokens[at]?.lang;
  if (!lang) return 0;
  const trigger = lang.postNegations().find((phrase) => phrase.every((stem, n) => tokens[at + n]?.stem === stem && (at + n === from || !clauseBreak(tokens, at + n))));
  if (!trigger) return 0;
  // "isn't risky", "не вредно": denying a judgement against it is no denial of the thing itself.
  const end = at + trigger.length;
  if (pseudo(tokens, end - 1) || inList(tokens[end], "negativeEvaluations") || inList(tokens[end + 1], "negativeEvaluations")) return 0;
  return trigger.length;
}

/** A post-negation trigger in the mention's own clause after it, within POST_REACH words: "buying followers is not an option". */
function postNegated(last: number, tokens: Token[], kw: KeywordFacts, first = last): boolean {
  // "без аналитики нельзя": after a "without", the second negation affirms (see preRejection).
  for (let j = first - 1; j >= 0 && first - j <= PRIVATIVE_REACH + 1; j--) {
    if (clauseBreak(tokens, j + 1)) break;
    if (has(tokens[j], (l) => l.privatives)) return false;
  }
  for (let k = last + 1; k < tokens.length && k <= last + POST_REACH; k++) {
    if (clauseBreak(tokens, k)) return false;
    const t = tokens[k];
    if (!t?.lang || t.lang.scopeTerminators.has(t.norm)) return false;
    if (kw.negations.has(t.norm)) continue;
    if (triggerAt(tokens, k, k) > 0) return true;
  }
  return false;
}

/** The clause after the mention's clause is a bare "no": "Buying followers? Never.", "— точно нет". */
function bareNoFollows(last: number, tokens: Token[], afterQuote = false): boolean {
  const start = nextClauseStart(tokens, last);
  const first = tokens[start];
  // Only a "no" that answers a question or follows a dash or colon: after a comma "όχι" often opens
  // the next statement ("Τα 30 επιτρέπονται, όχι, δεν τα βάζω"). After a quotation a comma will do:
  // "Με «κάνε like και share», όχι".
  if (!first || !(first.question || first.dash || afterQuote)) return false;
  // "Лайки — это не цель", "Likes: not the goal": the next clause opens with a post-negation trigger.
  if (triggerAt(tokens, start, start) > 0) return true;
  let negation = false;
  for (let k = start; k < tokens.length; k++) {
    if (k > start && clauseBreak(tokens, k)) break;
    if (k - start >= BARE_CLAUSE) return false;
    const t = tokens[k];
    if (isNegation(t) || (k === start && inList(t, "negativeEvaluations"))) {
      // "Analytics are not needed? Wrong, they are essential.": a verdict word alone answers it too.
      if (pseudo(tokens, k)) return false;
      negation = true;
    } else if (!has(t, (l) => l.bareNegationFillers) && !has(t, (l) => l.functionWords)) return false;
  }
  return negation;
}

/** Whether a negation or contrast before `first` (in its clause, within PRE_REACH) takes the mention back. */
function preRejection(first: number, last: number, tokens: Token[], kw: KeywordFacts): Rejection | null {
  for (let j = first - 1; j >= 0 && j >= first - PRE_REACH; j--) {
    if (clauseBreak(tokens, j + 1)) return null;
    const t = tokens[j];
    const lang = t?.lang;
    if (!t || !lang) continue;
    if (contrastPhraseEndsAt(tokens, j)) return "contrasted";
    if (lang.scopeTerminators.has(t.norm)) return null;
    if (!lang.negations.has(t.norm) || kw.negations.has(t.norm)) continue;
    if (lang.privatives.has(t.norm) && wordsBetween(tokens, j, first) >= PRIVATIVE_REACH) continue;
    // Negative concord: "никогда не кормлю троллей" still says "не кормлю троллей".
    if (kw.concord && lang.concordNegations.size > 0) continue;
    // Only words before the mention count: "cannot be ignored" still denies the keyword "ignore".
    if (pseudo(tokens, j, first) || cancelledBetween(tokens, j, first)) continue;
    if (lang.contrastWords.has(t.norm)) return "contrasted";
    // "без аналитики никуда", "you can't grow without a plan": two negations affirm what they surround.
    if (lang.privatives.has(t.norm) && (laterNegation(tokens, last) || earlierNegation(tokens, j))) return null;
    return "negated";
  }
  return null;
}

/** The words strictly between tokens j and k, articles aside. */
function wordsBetween(tokens: Token[], j: number, k: number): number {
  let n = 0;
  for (let i = j + 1; i < k; i++) if (!has(tokens[i], (l) => l.articles)) n++;
  return n;
}

/** Any negation later in the mention's clause: "без аналитики никуда". */
function laterNegation(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + PRE_REACH; k++) {
    if (clauseBreak(tokens, k)) return false;
    // "без сарказма и без перепалки" repeats the same "without"; only another kind of negation affirms.
    if (isNegation(tokens[k]) && !has(tokens[k], (l) => l.privatives)) return true;
  }
  return false;
}

/** Another negation earlier in the same clause (a double negative with the one at j), in a language without concord. */
function earlierNegation(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - PRE_REACH; k--) {
    if (clauseBreak(tokens, k + 1)) return false;
    const t = tokens[k];
    if (isNegation(t) && (t?.lang?.concordNegations.size ?? 0) === 0) return true;
  }
  return false;
}

const OPENING = new Set(["«", "“", "„"]);
const CLOSING = new Set(["»", "”"]);
const TOGGLES = new Set(['"', "'"]);

/**
 * The first token of the quotation holding token `first`, or `first` when it is not quoted: a negation
 * before a quotation covers all of it, commas and "and" included ("not the 'like, share and tag' kind").
 */
function quotationStart(first: number, index: AnswerIndex): number {
  const { tokens } = index;
  for (let k = first; k >= 0 && first - k <= SENTENCE_REACH; k--) {
    const t = tokens[k];
    if (!t) break;
    if (opensAt(k, index)) return k;
    if (closesAfter(k - 1, index)) return first;
    if (t.brk === Break.Sentence) break;
  }
  return first;
}

/**
 * A quotation mark opens right before token k. A straight quote opens only when it touches the word
 * after it ("'like and share'"); one that touches the word before closes, or marks an elision: "Γι' αυτό".
 */
function opensAt(k: number, index: AnswerIndex): boolean {
  const { tokens, text } = index;
  const gap = text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
  return [...gap].some((ch) => OPENING.has(ch)) || TOGGLES.has(gap[gap.length - 1] ?? "");
}

/** A quotation mark closes right after token k (a straight one touching it). */
function closesAfter(k: number, index: AnswerIndex): boolean {
  const { tokens, text } = index;
  const t = tokens[k];
  if (!t) return false;
  const gap = text.slice(t.end, tokens[k + 1]?.start ?? text.length);
  return [...gap].some((ch) => CLOSING.has(ch)) || TOGGLES.has(gap[0] ?? "");
}

/** The last token of the quotation holding token `last` (opened at `open`), or `last` when it does not close in the sentence. */
function quotationEnd(open: number, last: number, index: AnswerIndex): number {
  const { tokens } = index;
  for (let k = last; k < tokens.length && k - open <= SENTENCE_REACH; k++) {
    if (closesAfter(k, index)) return k;
    if (tokens[k + 1]?.brk === Break.Sentence) break;
  }
  return last;
}

/** Token k stands inside quotation marks, or is itself quoted («scam»). */
function quoted(k: number, index: AnswerIndex): boolean {
  return quotationStart(k, index) < k || (opensAt(k, index) && closesAfter(k, index));
}

/** Whether the mention at first..last counts as said; the reason it does not, else null. */
export function rejection(first: number, last: number, index: AnswerIndex, kw: KeywordFacts = PLAIN): Rejection | null {
  const { tokens } = index;
  const quoted = quotationStart(first, index);
  const pre = preRejection(first, last, tokens, kw) ?? (quoted < first ? preRejection(quoted, last, tokens, kw) : null);
  if (pre) return pre;
  if (postNegated(last, tokens, kw, first) || bareNoFollows(last, tokens)) return "negated";
  // A negation after a quotation denies all of it: "в формате «лайкни и поделись, чтобы выиграть» — нет".
  if (quoted < first || opensAt(first, index)) {
    const end = quotationEnd(quoted, last, index);
    if (end > last && (postNegated(end, tokens, kw) || bareNoFollows(end, tokens, true))) return "negated";
  }
  return null;
}

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
  for (let k = from; k < turn; k++) if (inList(tokens[k], "concessionMarkers")) return true;
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
    if (!t?.lang || t.lang.scopeTerminators.has(t.norm) || PURPOSE.has(t.norm)) return false;
    if (!isNegation(t) || t.lang.privatives.has(t.norm) || pseudo(tokens, k)) continue;
    // "isn't risky", "не вредно": denying a judgement of it is no turning down.
    if (inList(tokens[k + 1], "negativeEvaluations") || inList(tokens[k + 2], "negativeEvaluations")) return false;
    return true;
  }
  return false;
}

// Words opening a purpose clause: a negation after them is about the purpose ("…so it doesn't look empty", "για να μη φαίνεται άδειο").
const PURPOSE = new Set(["so", "to", "чтобы", "дабы", "να"]);

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
    if (!inList(tokens[k], "negativeEvaluations") || preRejection(k, k, tokens, PLAIN) || has(tokens[k - 1], (l) => l.instruments)) continue;
    if (quoted(k, index)) continue;
    return "judged";
  }
  // Someone else's practice ("competitors buy followers") is reported in its own clause; "so we should too" is not.
  // "Clients think that likes are the goal": a clause opened by "that" still reports.
  for (let k = first - 1; k >= from; k--) {
    if (clauseBreak(tokens, k + 1) && !REPORTED_SPEECH.has(tokens[k + 1]?.norm ?? "")) break;
    if (inList(tokens[k], "otherExperiencers") || phraseEndsAt(tokens, k, (l) => l.otherGroups)) return "reported";
  }
  return null;
}
