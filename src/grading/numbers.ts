// Numbers as values (keyword form `between`): digits with a decimal point or comma, scale words
// ("4.62 billion", "5 млрд", "πέντε δισεκατομμύρια"), percentages ("58%", "58 процентов"), fractions
// ("six in ten", "шесть из десяти", "έξι στους δέκα" = 60 %) and number words, in every language.
import type { AnswerIndex } from "./match.js";
import { Break, type Token } from "./words.js";

/** A number said in the answer, with the tokens that said it. */
export interface NumberMention {
  value: number;
  /** The value before any scale word ("4.62" of "4.62 billion"). */
  bare: number;
  scaled: boolean;
  percent: boolean;
  first: number;
  last: number;
}

// "5k", "2.9bn", "10млн": a number glued to a scale abbreviation is one written word.
const GLUED = /^([0-9]+(?:[.,][0-9]+)?)([a-zа-я]+)$/u;

// "5,200" and "5.200": one separator followed by exactly three digits groups thousands; "4,62" is a decimal.
const GROUPED = /^[0-9]{1,3}(?:[.,][0-9]{3})+$/;

/** The value of token i as a number word or digits, or null. */
function wordValue(t: Token | undefined): number | null {
  if (!t) return null;
  if (t.number) return Number(GROUPED.test(t.orig) ? t.orig.replace(/[.,]/g, "") : t.norm);
  return t.lang?.numberWords.get(t.norm) ?? null;
}

const scaleOf = (t: Token | undefined): number | null => t?.lang?.scaleWords.get(t.norm) ?? null;
const joined = (t: Token | undefined): boolean => (t?.brk ?? Break.Sentence) === Break.None;

/** Reads a number starting at token i: digits or words (added up: "twenty five", "двадцать пять"), a decimal part, then a scale, percent or fraction. */
function readAt(tokens: Token[], i: number, text: string): NumberMention | null {
  const t = tokens[i];
  if (!t) return null;
  let value = wordValue(t);
  let scale: number | null = null;
  if (value === null) {
    const glued = GLUED.exec(t.orig.toLowerCase().replace(",", "."));
    const s = glued ? tokens[i]?.lang?.scaleWords.get(glued[2] ?? "") : undefined;
    if (!glued || s === undefined) return null;
    value = Number(glued[1]);
    scale = s;
  }
  let last = i;
  // Number words add up: "twenty five", "двести пятьдесят", "εκατόν είκοσι".
  while (!t.number && scale === null) {
    const next = tokens[last + 1];
    const v = joined(next) && !next?.number ? wordValue(next) : null;
    if (v === null || v >= value) break;
    value += v;
    last++;
  }
  // "four point six two", "четыре запятая шесть", "τέσσερα κόμμα έξι".
  const point = tokens[last + 1];
  if (scale === null && joined(point) && point?.lang?.decimalWords.has(point.norm)) {
    let digits = "";
    let k = last + 2;
    for (; k < tokens.length && joined(tokens[k]); k++) {
      const d = tokens[k]?.number ? tokens[k]?.norm : wordValue(tokens[k])?.toString();
      if (d === undefined || !/^[0-9]+$/.test(d)) break;
      digits += d;
    }
    if (digits) { value = Number(`${value}.${digits}`); last = k - 1; }
  }
  const bare = value;
  if (scale === null) {
    const s = joined(tokens[last + 1]) ? scaleOf(tokens[last + 1]) : null;
    if (s !== null) { scale = s; last++; }
  }
  const after = tokens[last + 1];
  let percent = text.slice(tokens[last]?.end ?? 0, after?.start ?? text.length).trimStart().startsWith("%");
  if (!percent && joined(after) && after?.lang?.percentWords.has(after.norm)) { percent = true; last++; }
  // "six in ten", "6 out of 10", "шесть из десяти", "έξι στους δέκα".
  if (!percent && scale === null && joined(after) && after?.lang?.fractionWords.has(after.norm)) {
    let k = last + 2;
    // "out of", "από τους": the joining words may run to a few.
    while (k <= last + 4 && (tokens[k]?.lang?.fractionWords.has(tokens[k]?.norm ?? "") || tokens[k]?.lang?.functionWords.has(tokens[k]?.norm ?? ""))) k++;
    const whole = wordValue(tokens[k]);
    if (whole && whole >= value && joined(tokens[k])) return { value: (100 * value) / whole, bare: (100 * value) / whole, scaled: false, percent: true, first: i, last: k };
  }
  return { value: value * (scale ?? 1), bare, scaled: scale !== null, percent, first: i, last };
}

const cache = new WeakMap<AnswerIndex, NumberMention[]>();

/** Every number the answer says, read once per answer. */
export function numbersIn(index: AnswerIndex): NumberMention[] {
  const known = cache.get(index);
  if (known) return known;
  const found: NumberMention[] = [];
  const { tokens, text } = index;
  for (let i = 0; i < tokens.length; i++) {
    const m = readAt(tokens, i, text);
    if (!m) continue;
    found.push(m);
    i = m.last;
  }
  cache.set(index, found);
  return found;
}
