// az (Russian morphology on OpenCorpora dictionaries) and wink-lexicon (WordNet exception lists) ship
// no types; these cover only what src/io/morphology.ts touches.

declare module "az" {
  export interface AzTag {
    /** Part of speech: NOUN, VERB, INFN, ADJF, PRTF, GRND... */
    POS: string;
    /** The lexeme's fixed grammemes: POS, aspect, transitivity, Anum (ordinal)... */
    stat: string[];
    toString(): string;
  }
  export interface AzParse {
    /** Which parser produced it; "Dictionary" for a word found in the dictionary. */
    parser: string;
    score: number;
    tag: AzTag;
    stutterCnt: number;
    typosCnt: number;
    /** How many forms the lexeme's paradigm has (dictionary parses only). */
    formCnt: number;
    /** Which paradigm the lexeme follows (dictionary parses only). */
    paradigmIdx: number;
    normalize(keepPOS?: boolean): AzParse;
    /** The paradigm's form number `formIdx` (dictionary parses only). */
    inflect(formIdx: number): AzParse;
    toString(): string;
  }
  export interface AzMorph {
    (word: string, config?: { parsers?: string[]; stutter?: number; typos?: number }): AzParse[];
    init(path: string, callback: (err: Error | null) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}

declare module "wink-lexicon/src/wn-verb-exceptions.js" {
  const exceptions: Record<string, string>;
  export default exceptions;
}

declare module "wink-lexicon/src/wn-noun-exceptions.js" {
  const exceptions: Record<string, string>;
  export default exceptions;
}

declare module "wink-lexicon/src/wn-adjective-exceptions.js" {
  const exceptions: Record<string, string>;
  export default exceptions;
}
