// Text and word normalisation (keyword rule 1). Everything here is locale-independent on purpose:
// the same answer must grade the same on every machine.

/** The writing systems the grader tells apart; each has its own stemmer and keyboard. */
export type Script = "latin" | "cyrillic" | "greek" | "other";

// Characters that render as nothing but would split or glue words: soft hyphen, zero-width
// (non-)joiners and spaces, word joiner, BOM, bidi controls, variation selectors, fillers.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
// Control characters (NUL included) would otherwise reach the segmenter; a space keeps words apart.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Typographic apostrophes all become ', so don’t = don't.
const APOSTROPHES = /[\u2018\u2019\u02BB\u02BC\u0060\u00B4\u2032\uFF07]/g;
const COMBINING = /\p{M}/gu;
// Russian stress marks are the only combining marks stripped from Cyrillic: NFD-stripping would turn й into и.
const CYRILLIC_STRESS = /[\u0300\u0301]/g;

/** Cleaned text plus, when characters were dropped, where each cleaned character came from in the original. */
export interface CleanText {
  text: string;
  /** origin[i] is the original index of text[i]; origin[text.length] is the original length. Null: same indices. */
  origin: Int32Array | null;
}

const DROPPED = new RegExp(`${INVISIBLE.source}|\r\n`, "g");

/** Drops invisible characters, turns control characters into spaces and folds apostrophes and line ends. */
export function cleanText(text: string): CleanText {
  const same = (s: string) => s.replace(CONTROLS, " ").replace(/[\r\u2028\u2029\u0085]/g, "\n").replace(APOSTROPHES, "'");
  if (!DROPPED.test(text)) return { text: same(text), origin: null };
  // Rare path: record where each kept character came from, so matches can quote the answer as written.
  DROPPED.lastIndex = 0;
  const origin = new Int32Array(text.length + 1);
  let out = "";
  let from = 0;
  for (const m of text.matchAll(DROPPED)) {
    for (let i = from; i < m.index; i++) origin[out.length + i - from] = i;
    out += text.slice(from, m.index);
    if (m[0] === "\r\n") { origin[out.length] = m.index + 1; out += "\n"; }
    from = m.index + m[0].length;
  }
  for (let i = from; i < text.length; i++) origin[out.length + i - from] = i;
  out += text.slice(from);
  origin[out.length] = text.length;
  return { text: same(out), origin: origin.subarray(0, out.length + 1) };
}

/** The original text behind cleaned range [start, end). */
export function originalSlice(original: string, clean: CleanText, start: number, end: number): string {
  if (!clean.origin) return original.slice(start, end);
  return original.slice(clean.origin[start] ?? 0, (clean.origin[end - 1] ?? 0) + 1);
}

/** Lower-cases without any locale; final sigma becomes σ because toLowerCase leaves ς alone. */
function foldCase(s: string): string {
  return s.toLowerCase().replace(/ς/g, "σ");
}

/** Normalises one single-script run of a word (already NFKC) to the form keywords are compared in. */
export function normalizeRun(run: string, script: Script): string {
  let s = run;
  if (script === "greek" || script === "latin") {
    s = s.normalize("NFD").replace(COMBINING, "").normalize("NFC");
  } else if (script === "cyrillic") {
    s = s.replace(CYRILLIC_STRESS, "");
  }
  s = foldCase(s);
  if (script === "cyrillic") s = s.replace(/ё/g, "е");
  // An apostrophe inside a word is spelling noise for matching: don't = dont, company's = companys.
  return s.replace(/'/g, "");
}

/** Numbers compare with a decimal point whatever the writer used: 2,9 = 2.9. */
export function normalizeNumber(run: string): string {
  return run.replace(/,/g, ".");
}
