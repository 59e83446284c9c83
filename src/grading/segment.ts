// Finding the words of a text (keyword rule 2) with Intl.Segmenter's Unicode word boundaries. Two
// things keep it fast: ICU is super-linear in the length it is given (144,000 characters took 16 s),
// so it only ever sees whitespace-free pieces of at most CHUNK units, and the common piece shapes
// (letters or digits with punctuation around) are cut by a regex that gives the same boundaries.

/** Longest stretch handed to the segmenter at once. */
const CHUNK = 1024;
const PIECE_CACHE_LIMIT = 20_000;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// A run of Latin, Greek (monotonic) or Cyrillic letters and ASCII digits is one word under UAX #29
// (WB5, WB8-WB10), and punctuation other than connectors never joins at a piece's edges (WB6-WB7 and
// WB11-WB12 need a letter or digit on both sides). Anything else (marks, apostrophes, dots inside,
// emoji, other scripts) goes to the segmenter.
const SIMPLE =
  /^([\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{Pd}]*)([0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0386\u0388-\u03F5\u03F7-\u03FF\u0400-\u0481\u048A-\u04FF]+)([\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{Pd}]*)$/u;

let segmenter: Intl.Segmenter | null = null;
/** Per distinct piece: [offset, length, is a word] triples, flattened. */
const pieceCache = new Map<string, number[]>();

/** Called for each word with its offset and the non-word text since the previous word. */
export type WordVisitor = (word: string, at: number, gap: string) => void;

/** Word boundaries of a short whitespace-free piece, from the segmenter, cached. */
function segmentPiece(piece: string): number[] {
  const hit = pieceCache.get(piece);
  if (hit) return hit;
  segmenter ??= new Intl.Segmenter("und", { granularity: "word" });
  const out: number[] = [];
  for (const s of segmenter.segment(piece)) {
    out.push(s.index, s.segment.length, s.isWordLike && LETTER_OR_DIGIT.test(s.segment) ? 1 : 0);
  }
  if (piece.length <= 256) {
    if (pieceCache.size >= PIECE_CACHE_LIMIT) pieceCache.clear();
    pieceCache.set(piece, out);
  }
  return out;
}

/**
 * Cut points of a long whitespace-free piece into parts of at most CHUNK units: after a punctuation
 * mark when there is one in the second half of the part ("sales,sales,…"), else anywhere but inside
 * a surrogate pair (a 200 KB "word" has no boundaries worth keeping).
 */
function cuts(piece: string): number[] {
  const at = [0];
  let start = 0;
  while (start < piece.length) {
    let end = Math.min(piece.length, start + CHUNK);
    if (end < piece.length) {
      let cut = end;
      while (cut > start + (CHUNK >> 1) && !/[\p{P}\p{S}]/u.test(piece[cut - 1] ?? "")) cut--;
      if (cut > start + (CHUNK >> 1)) end = cut;
      else if (/[\uDC00-\uDFFF]/.test(piece[end] ?? "")) end--;
    }
    at.push(end);
    start = end;
  }
  return at;
}

/** Calls visit for every word of text, in order, with the punctuation and spaces before it. */
export function forEachWord(text: string, visit: WordVisitor): void {
  let gap = "";
  let last = 0;
  const addGap = (s: string): void => {
    gap += s;
    // 200 KB of emoji need not be kept: the strongest break in it is what matters (see words.ts).
    if (gap.length > 256) gap = collapseGap(gap);
  };
  const emit = (word: string, at: number): void => {
    visit(word, at, gap);
    gap = "";
  };
  for (const m of text.matchAll(/\S+/g)) {
    const piece = m[0];
    const base = m.index;
    addGap(text.slice(last, base));
    last = base + piece.length;
    if (!LETTER_OR_DIGIT.test(piece)) {
      addGap(piece);
      continue;
    }
    const simple = SIMPLE.exec(piece);
    if (simple) {
      const lead = simple[1] ?? "";
      addGap(lead);
      emit(simple[2] ?? "", base + lead.length);
      addGap(simple[3] ?? "");
      continue;
    }
    const bounds = piece.length > CHUNK ? cuts(piece) : [0, piece.length];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const from = bounds[c] ?? 0;
      const part = piece.slice(from, bounds[c + 1]);
      const segs = segmentPiece(part);
      for (let i = 0; i < segs.length; i += 3) {
        const off = segs[i] ?? 0;
        const s = part.slice(off, off + (segs[i + 1] ?? 0));
        if (segs[i + 2]) emit(s, base + from + off);
        else addGap(s);
      }
    }
  }
  addGap(text.slice(last));
}

/**
 * What separates a word from the one before it: None (spaces, hyphens, quotes, brackets, symbols),
 * Clause (a comma, colon, dash or single line break: ends a negation's reach) or Sentence (a full stop,
 * ?, !, ;, … or blank line: also ends a phrase).
 */
export const Break = { None: 0, Clause: 1, Sentence: 2 } as const;
export type Break = (typeof Break)[keyof typeof Break];

const SENTENCE = /[.!?;…。！？；·\u0387\u037E]/;
const CLAUSE = /[,:\u2012-\u2015\u2E3A\u2E3B\uFF0C\uFF1A\u060C\u3001]/;

/** How strongly a stretch of non-word text separates the words around it. */
export function breakOf(gap: string): Break {
  if (gap === " " || gap === "") return Break.None;
  if (SENTENCE.test(gap) || /\n\s*\n/.test(gap)) return Break.Sentence;
  // A hyphen with a space beside it is a dash ("likes - sales"); without, it joins ("бизнес-цели").
  if (CLAUSE.test(gap) || gap.includes("\n") || /\s-|-\s/.test(gap)) return Break.Clause;
  return Break.None;
}

/** Replaces a long gap by a short one with the same strongest break: its strongest mark plus its tail. */
function collapseGap(gap: string): string {
  const b = breakOf(gap);
  return (b === Break.Sentence ? "." : b === Break.Clause ? "," : "") + gap.slice(-8);
}
