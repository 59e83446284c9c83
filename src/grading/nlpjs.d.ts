// The @nlpjs language packages ship no types; the grader only touches their Snowball-style stemmers.

interface NlpjsStemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}

declare module "@nlpjs/lang-ru/src/stemmer-ru.js" {
  const StemmerRu: new () => NlpjsStemmer;
  export default StemmerRu;
}

declare module "@nlpjs/lang-el/src/stemmer-el.js" {
  const StemmerEl: new () => NlpjsStemmer;
  export default StemmerEl;
}

declare module "@nlpjs/lang-en-min/src/stemmer-en.js" {
  const StemmerEn: new () => NlpjsStemmer;
  export default StemmerEn;
}
