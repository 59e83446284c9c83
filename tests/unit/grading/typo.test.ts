import { describe, expect, it } from "vitest";
import { stemOf } from "../../../src/grading/stem.js";
import { oneSlip, slipBetween, typoMatch, type Slip } from "../../../src/grading/typo.js";

describe("oneSlip", () => {
  it.each<[string, string, boolean]>([
    ["conversion", "conversion", false],
    ["conversion", "convresion", true], // two neighbours swapped
    ["conversion", "converison", true],
    ["conversion", "conversionn", true], // a letter added
    ["conversion", "conversio", true], // a letter dropped
    ["conversion", "conversiom", true], // neighbouring key (n/m)
    ["conversion", "convarsion", true], // a vowel for a vowel
    ["content", "contest", false], // n/s are far apart on the keyboard
    ["конверсия", "конвепсия", true], // р/п are neighbours on ЙЦУКЕН
    ["конверсия", "конверсиия", true],
    ["конверсия", "конверсия", false],
    ["μετατροπή", "μετατρπή", true],
    ["abcdef", "abcfed", false], // two slips
    ["closed", "closer", false], // a changed letter needs 8 letters
    ["budget", "bugdet", true], // a swap needs 6
  ])("%s ~ %s → %s", (a, b, want) => {
    expect(oneSlip(a, b)).toBe(want);
  });
});

describe("slipBetween", () => {
  it.each<[string, string, Slip | null]>([
    ["traffic", "trafic", "double"],
    ["trafic", "traffic", "double"],
    ["budget", "bugdet", "swap"],
    ["cnoversion", "conversion", "swap"],
    ["closed", "closer", "other"],
    ["stories", "stores", "other"],
    ["reach", "teach", null], // the first letter
    ["pinterest", "interest", null],
    ["content", "contest", null], // n/s are not neighbours
    ["abcdef", "abcdef", null],
  ])("%s ~ %s → %s", (a, b, want) => {
    expect(slipBetween(a, b)).toBe(want);
  });
});

describe("typoMatch", () => {
  const target = (norm: string, script: "latin" | "cyrillic" | "greek") => ({ norm, stem: stemOf(norm, script), script });
  it.each<[string, string, "latin" | "cyrillic" | "greek", boolean]>([
    ["конверсиямии", "конверсии", "cyrillic", true],
    ["показать", "показы", "cyrillic", false],
    ["показами", "показать", "cyrillic", false],
    ["convresions", "conversions", "latin", true],
    ["trafic", "traffic", "latin", true],
    ["posts", "post", "latin", false], // too short to fuzz (and matched by stem anyway)
  ])("%s vs keyword %s", (word, keyword, script, want) => {
    expect(typoMatch(word, stemOf(word, script), target(keyword, script))).toBe(want);
  });
});
