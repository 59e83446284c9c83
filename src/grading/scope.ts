// Whether an occurrence of a keyword counts as said (keyword rule 6, NegEx-style). A mention does not
// count when a negation's scope covers it (before or after it in its clause, or around its quotation)
// or when it is the rejected side of a contrast ("rather than X"). Whether a practice is endorsed is
// endorsement.ts's question.
import { isEmphasis } from "./emphasis.js";
import type { AnswerIndex } from "./match.js";
import { opensAt, quotationEnd, quotationStart } from "./quotation.js";
import { PLAIN, SENTENCE_REACH, clauseBreak, has, inList, isNegation, phraseEndsAt, type KeywordFacts, type Rejection } from "./scope-words.js";
import { Break, type Token } from "./words.js";

export type { KeywordFacts, Rejection } from "./scope-words.js";

/** Words a negation reaches forward (within its clause, up to a scope terminator): "I would not spend the whole budget on boosting posts just to collect likes". */
const PRE_REACH = 12;
/** Words a "without" reaches, articles aside: it governs its noun phrase ("without a clear content plan"), not the verb after it. */
const PRIVATIVE_REACH = 3;
/** Words after a mention in which a negation still denies it ("likes are not the goal"). */
const POST_REACH = 3;
/** Longest clause that can be a bare "no" ("— точно нет", "Absolutely not"). */
const BARE_CLAUSE = 4;

// Linking words that may stand between a negation and what makes it a double negative ("cannot be ignored"),
// and the Greek object clitics that stand there ("δεν σε γελάει", it doesn't fool you).
const LINKS = new Set(["be", "been", "being", "to", "ειναι", "ειμαι", "ειμαστε", "быть", "σε", "με", "μασ", "σασ"]);

/** "not only", "never ignore", "не забывайте", "cannot be ignored": the negation ending at j is emphasis or a double negative. */
export function pseudo(tokens: Token[], j: number, limit = Infinity): boolean {
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
  let start = nextClauseStart(tokens, last);
  // "Докупить подписчиков, чтобы аккаунт не выглядел пустым? Нет": the question may end a later clause.
  for (let k = start; k >= 0 && k - last <= SENTENCE_REACH; k = nextClauseStart(tokens, k)) {
    if (tokens[k]?.question) start = k;
    if (tokens[k]?.question || tokens[k]?.brk === Break.Sentence) break;
  }
  // "Накручивать просмотры, чтобы «разогнать», — не вариант": a purpose clause may stand between.
  while (start >= 0 && has(tokens[start], (l) => l.purposeOpeners)) {
    const next = nextClauseStart(tokens, start);
    if (next < 0 || tokens[next]?.brk === Break.Sentence) break;
    start = next;
  }
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

/** Words a negative cleft's lead-in may span before its copula or colon. */
const CLEFT_LEAD = 8;

/**
 * "What I wouldn't do is fire off posts…", "Чего не хочу — чтобы жалобы удаляли", "Αυτό που δεν κάνω:
 * αγορασμένα links, γέμισμα…": a negated lead-in opened by "what" and closed by a copula, dash or colon
 * denies everything after it in the sentence, list commas and "and" included, up to a turning "but".
 */
function inNegativeCleft(first: number, tokens: Token[]): boolean {
  for (let k = first; k >= 0 && first - k <= SENTENCE_REACH; k--) {
    const t = tokens[k];
    if (!t?.lang) continue;
    if (k < first && t.lang.contrastConjunctions.has(t.norm)) return false;
    // The lead-in ends at a copula before the mention, or at a clause that opens with a dash or colon.
    const closes = (k < first && t.lang.cleftCopulas.has(t.norm)) || t.dash;
    if (closes && leadInNegated(k, tokens)) return true;
    if (t.brk === Break.Sentence) return false;
  }
  return false;
}

/** Where the language marks the subject on the verb, the verb after the negation at j is first person. */
function firstPersonAfter(j: number, tokens: Token[]): boolean {
  const endings = tokens[j]?.lang?.cleftVerbEndings ?? [];
  if (endings.length === 0) return true;
  // Past the future particle and object pronouns: "δεν θα το έκανα".
  let k = j + 1;
  while (has(tokens[k], (l) => l.verbParticles)) k++;
  const verb = tokens[k]?.norm ?? "";
  return endings.some((e) => verb.endsWith(e));
}

/** A cleft opener ends at token k and opens its sentence or clause ("What I…", "Αυτό που…", "Чего…"). */
function opensClause(k: number, tokens: Token[]): boolean {
  const lang = tokens[k]?.lang;
  if (!lang) return false;
  return lang.cleftOpeners.some((phrase) => {
    const start = k - phrase.length + 1;
    if (start < 0 || !phrase.every((w, n) => tokens[start + n]?.norm === w)) return false;
    return start === 0 || clauseBreak(tokens, start);
  });
}

/** The words before token `close` (in its sentence) are a cleft opener, a negation, and little else. */
function leadInNegated(close: number, tokens: Token[]): boolean {
  let negation = false;
  const end = close - 1;
  for (let k = end; k >= 0 && end - k < CLEFT_LEAD; k--) {
    const t = tokens[k];
    if (!t?.lang) return false;
    if (k < end && tokens[k + 1]?.brk === Break.Sentence) return false;
    if (isNegation(t) && !pseudo(tokens, k) && !t.lang.contrastWords.has(t.norm) && firstPersonAfter(k, tokens)) negation = true;
    else if (negation && opensClause(k, tokens)) return true;
    if (t.brk === Break.Sentence) return false;
  }
  return false;
}

/** Whether a negation or contrast before `first` (in its clause, within PRE_REACH) takes the mention back. */
export function preRejection(first: number, last: number, tokens: Token[], kw: KeywordFacts, text = ""): Rejection | null {
  for (let j = first - 1; j >= 0 && j >= first - PRE_REACH; j--) {
    if (clauseBreak(tokens, j + 1)) return null;
    const t = tokens[j];
    const lang = t?.lang;
    if (!t || !lang) continue;
    if (contrastPhraseEndsAt(tokens, j)) return "contrasted";
    // A terminator joined to the next word by a hyphen is part of a compound: "so-called".
    // "а не чтобы каждый пост собирал лайки": a terminator right after a negation opens what it denies.
    if (lang.scopeTerminators.has(t.norm) && text[t.end] !== "-" && !isNegation(tokens[j - 1])) return null;
    if (!lang.isNegation(t) || kw.negations.has(t.norm)) continue;
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

/** Whether the mention at first..last counts as said; the reason it does not, else null. */
export function rejection(first: number, last: number, index: AnswerIndex, kw: KeywordFacts = PLAIN): Rejection | null {
  // Most keywords state no negation, so one span's verdict holds for all of them: keep it per answer.
  if (kw.negations.size > 0 || kw.concord || last - first >= SPAN_KEY) return decide(first, last, index, kw);
  let memo = verdicts.get(index);
  if (!memo) verdicts.set(index, (memo = new Map()));
  const key = first * SPAN_KEY + (last - first);
  let found = memo.get(key);
  if (found === undefined) memo.set(key, (found = decide(first, last, index, kw)));
  return found;
}

// Verdicts on spans of an answer, for keywords that state no negation (key: first word, length).
const verdicts = new WeakMap<AnswerIndex, Map<number, Rejection | null>>();
const SPAN_KEY = 4096;

function decide(first: number, last: number, index: AnswerIndex, kw: KeywordFacts): Rejection | null {
  const { tokens } = index;
  if (inNegativeCleft(first, tokens)) return "negated";
  const quoted = quotationStart(first, index);
  const pre = preRejection(first, last, tokens, kw, index.text) ?? (quoted < first ? preRejection(quoted, last, tokens, kw, index.text) : null);
  if (pre) return pre;
  if (postNegated(last, tokens, kw, first) || bareNoFollows(last, tokens)) return "negated";
  // A negation after a quotation denies all of it: "в формате «лайкни и поделись, чтобы выиграть» — нет".
  if (quoted < first || opensAt(first, index)) {
    const end = quotationEnd(last, index);
    if (end > last && (postNegated(end, tokens, kw) || bareNoFollows(end, tokens, true))) return "negated";
  }
  return null;
}
