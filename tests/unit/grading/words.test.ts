import { describe, expect, it } from "vitest";
import { cleanText } from "../../../src/grading/normalize.js";
import { Break, tokenize } from "../../../src/grading/words.js";

const norms = (text: string) => tokenize(cleanText(text).text).map((t) => t.norm);

describe("tokenize: words", () => {
  it.each<[string, string, string[]]>([
    ["a range of numbers is two words", "3–5 posts", ["3", "5", "posts"]],
    ["a decimal comma equals a decimal point", "2,9% and 4,62", ["2.9", "and", "4.62"]],
    ["a percentage keeps its number", "58.4% growth", ["58.4", "growth"]],
    ["hashtags and mentions are words", "#hashtag @brand_name", ["hashtag", "brand_name"]],
    ["apostrophes fold", "don’t don't", ["dont", "dont"]],
    ["soft hyphen and zero-width space vanish", "кон\u00ADверсия con\u200Bversion", ["конверсия", "conversion"]],
    ["hyphenated words are their words", "бизнес-цели follow-up", ["бизнес", "цели", "follow", "up"]],
    ["mixed-script words split by script", "KPIшки SEOшник", ["kpi", "шки", "seo", "шник"]],
    ["a Latin look-alike inside a Cyrillic word is repaired", "кoнверсия", ["конверсия"]],
    ["a Cyrillic look-alike inside a Latin word is repaired", "cоnversion", ["conversion"]],
    ["a stop between letters splits, between digits not", "sales.Then 58.4 U.S.A", ["sales", "then", "58.4", "u", "s", "a"]],
    ["Greek question mark and ano teleia", "πωλήσεις; μετατροπές· KPI", ["πωλησεισ", "μετατροπεσ", "kpi"]],
    ["full-width letters and digits", "ＫＰＩ ３０", ["kpi", "30"]],
    ["emoji and punctuation are not words", "🚀🔥 ... !!! — ", []],
    ["NUL bytes separate words", "sales\u0000leads", ["sales", "leads"]],
  ])("%s", (_name, text, want) => {
    expect(norms(text)).toEqual(want);
  });

  it("remembers the written word (with #) for quoting", () => {
    const text = "Use #Hashtags!";
    const t = tokenize(text)[1];
    expect(t && text.slice(t.start, t.end)).toBe("#Hashtags");
  });

  it("gives both runs of a mixed word the whole word's span", () => {
    const [a, b] = tokenize("KPIшки");
    expect([a?.start, a?.end, b?.start, b?.end]).toEqual([0, 6, 0, 6]);
  });
});

describe("tokenize: breaks", () => {
  const breaks = (text: string) => tokenize(text).map((t) => t.brk);
  it.each<[string, string, number[]]>([
    ["spaces", "not sales", [Break.None, Break.None]],
    ["comma", "not, sales", [Break.None, Break.Clause]],
    ["dash with spaces", "not — sales - leads", [Break.None, Break.Clause, Break.Clause]],
    ["hyphen inside a word", "бизнес-цели", [Break.None, Break.None]],
    ["full stop", "not. Sales", [Break.None, Break.Sentence]],
    ["line break", "not\nsales", [Break.None, Break.Clause]],
    ["blank line", "not\n\nsales", [Break.None, Break.Sentence]],
    ["quotes and brackets", "not «sales» (leads)", [Break.None, Break.None, Break.None]],
    ["inner stop", "sales.Then", [Break.None, Break.Clause]],
  ])("%s", (_name, text, want) => {
    expect(breaks(text)).toEqual(want);
  });
});
