import { describe, expect, it } from "vitest";
import { forEachWord } from "../../../src/grading/segment.js";

/** Words by the raw segmenter, the reference forEachWord must agree with. */
function reference(text: string): string[] {
  const seg = new Intl.Segmenter("und", { granularity: "word" });
  return [...seg.segment(text)].filter((s) => s.isWordLike && /[\p{L}\p{N}]/u.test(s.segment)).map((s) => `${s.index}:${s.segment}`);
}

function mine(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word, at) => out.push(`${at}:${word}`));
  return out;
}

describe("forEachWord agrees with Intl.Segmenter", () => {
  it.each([
    "Sales, leads (and KPIs): «конверсии», “πωλήσεις”; 10k views!",
    "—sales— ¿qué? ¡sí! 2024. #hashtag @name ‹x› 「字」",
    "don't KPI's 58.4% 2,9 3–5 U.S.A. e-mail бизнес-цели",
    "KPIшки SEOшник кoнверсия café naïve İstanbul ΐ ϊ",
    "🚀sales🔥 a😀b 👍🏽 emoji‍joined",
    "数字营销 การตลาด التسويق",
    "tab\tseparated\nlines\r\nand  double  spaces",
  ])("%s", (text) => {
    expect(mine(text)).toEqual(reference(text));
  });

  it("cuts a long piece without spaces into segmenter-sized parts and still finds its words", () => {
    const text = "sales,".repeat(1000);
    expect(mine(text).length).toBe(1000);
  });

  it("passes the punctuation between words", () => {
    const gaps: string[] = [];
    forEachWord("a, b. c", (_w, _at, gap) => gaps.push(gap));
    expect(gaps).toEqual(["", ", ", ". "]);
  });
});
