import stringWidth from "fast-string-width";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../src/content/types.js";
import { listAnd, listOr, number, percent } from "../../../src/ui/locale-format.js";
import { width } from "../../../src/ui/text.js";

describe("numbers, percentages and lists in the session's language", () => {
  it.each([
    ["ru", 62.7, "62,7\u00a0%", 12345.5, "12\u00a0345,5"],
    ["el", 60.7, "60,7%", 12345.5, "12.345,5"],
    ["en", 62.7, "62.7%", 12345.5, "12,345.5"],
  ] as const)("%s: %s → %s, %s → %s", (lang, share, shareText, n, nText) => {
    expect(percent(share, lang)).toBe(shareText);
    expect(number(n, lang)).toBe(nText);
  });

  // The fast path for whole numbers must be exactly what Intl says, for every value it takes.
  it.each(LANGS)("%s: whole numbers and percentages equal Intl.NumberFormat", (lang) => {
    const plain = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const share = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
    for (let n = -999; n <= 999; n++) {
      expect(number(n, lang)).toBe(plain.format(n));
      expect(percent(n, lang)).toBe(share.format(n / 100));
    }
    expect(number(1000, lang)).toBe(plain.format(1000));
  });

  it.each([
    ["ru", "a, b и c", "a, b или c"],
    ["el", "a, b και c", "a, b ή c"],
    ["en", "a, b, and c", "a, b, or c"],
  ] as const)("%s joins lists as the language does", (lang, and, or) => {
    expect(listAnd(["a", "b", "c"], lang)).toBe(and);
    expect(listOr(["a", "b", "c"], lang)).toBe(or);
  });
});

describe("width", () => {
  it("counts Latin, Greek and Cyrillic the way the general measure does", () => {
    for (let c = 0x20; c <= 0x4ff; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect([c, width(text)]).toEqual([c, stringWidth(text)]);
    }
    expect(width("Τι είναι ο social media manager;")).toBe(32);
    expect(width("漢字")).toBe(4);
  });
});
