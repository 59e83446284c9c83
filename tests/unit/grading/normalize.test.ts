import { describe, expect, it } from "vitest";
import { cleanText, normalizeNumber, normalizeRun, originalSlice, type Script } from "../../../src/grading/normalize.js";

describe("cleanText", () => {
  it.each([
    ["soft hyphen inside a word", "кон\u00ADверсия", "конверсия"],
    ["zero-width space inside a word", "con\u200Bversion", "conversion"],
    ["zero-width joiner and BOM", "\uFEFFsa\u200Dles", "sales"],
    ["NUL and other control characters become spaces", "a\u0000b\u0007c", "a b c"],
    ["CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc"],
    ["typographic apostrophes fold to '", "don’t donʼt don‘t", "don't don't don't"],
  ])("%s", (_name, input, want) => {
    expect(cleanText(input).text).toBe(want);
  });

  it("keeps a map back to the original when characters are dropped", () => {
    const original = "a\u00ADb c\r\nd";
    const clean = cleanText(original);
    expect(clean.text).toBe("ab c\nd");
    expect(originalSlice(original, clean, 0, 2)).toBe("a\u00ADb");
    expect(originalSlice(original, clean, 5, 6)).toBe("d");
  });

  it("needs no map when nothing is dropped", () => {
    expect(cleanText("plain text").origin).toBeNull();
  });
});

describe("normalizeRun", () => {
  it.each<[string, Script, string]>([
    ["δέσμευση", "greek", "δεσμευση"],
    ["ΔΕΣΜΕΥΣΗ", "greek", "δεσμευση"],
    ["δεσμευση", "greek", "δεσμευση"],
    ["πελάτης", "greek", "πελατησ"],
    ["ΠΕΛΑΤΗΣ", "greek", "πελατησ"],
    ["ταΐζω", "greek", "ταιζω"],
    ["Ёлка", "cyrillic", "елка"],
    ["йогурт", "cyrillic", "йогурт"],
    ["ЙОГУРТ", "cyrillic", "йогурт"],
    ["и\u0306ога", "cyrillic", "и\u0306ога"],
    ["конве\u0301рсия", "cyrillic", "конверсия"],
    ["CAFÉ", "latin", "cafe"],
    ["don't", "latin", "dont"],
    ["İstanbul", "latin", "istanbul"],
  ])("%s (%s) → %s", (input, script, want) => {
    expect(normalizeRun(input.normalize("NFKC"), script)).toBe(want.normalize("NFKC"));
  });

  it("never turns й into и (no NFD on Cyrillic)", () => {
    expect(normalizeRun("й", "cyrillic")).toBe("й");
    expect(normalizeRun("и\u0306".normalize("NFKC"), "cyrillic")).toBe("й");
  });

  it("does not depend on the user's locale (Turkish dotted I stays i)", () => {
    expect(normalizeRun("KPI", "latin")).toBe("kpi");
  });
});

describe("normalizeNumber", () => {
  it.each([
    ["2,9", "2.9"],
    ["4,62", "4.62"],
    ["58.4", "58.4"],
    ["30", "30"],
  ])("%s → %s", (input, want) => {
    expect(normalizeNumber(input)).toBe(want);
  });
});
