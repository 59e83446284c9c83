import { describe, expect, it } from "vitest";
import { resolveLang } from "../../../src/content/lang.js";
import { closest, editDistance } from "../../../src/content/suggest.js";

describe("resolveLang", () => {
  it.each([
    [undefined, {}, "en"],
    ["el", { SMM_PREP_LANG: "ru" }, "el"],
    ["EL", {}, "el"],
    [undefined, { SMM_PREP_LANG: "ru", LANG: "el_GR.UTF-8" }, "ru"],
    [undefined, { SMM_PREP_LANG: "", LANG: "el_GR.UTF-8" }, "el"],
    [undefined, { LC_ALL: "ru_RU.UTF-8", LC_MESSAGES: "el_GR", LANG: "en_US" }, "ru"],
    [undefined, { LC_MESSAGES: "el_GR", LANG: "ru_RU" }, "el"],
    [undefined, { LANG: "tr_TR.UTF-8" }, "en"],
    [undefined, { LANG: "C" }, "en"],
  ] as const)("flag %s, env %o → %s", (flag, env, lang) => {
    expect(resolveLang(flag, env, () => "de-DE")).toBe(lang);
  });

  // Windows sets no $LANG: the system locale comes from Intl, and only when no variable is set.
  it.each([
    [{}, "ru-RU", "ru"],
    [{}, "el", "el"],
    [{}, "tr-TR", "en"],
    [{ LANG: "en_US.UTF-8" }, "ru-RU", "en"],
    [{ LANG: "C" }, "el-GR", "en"],
    [{ SMM_PREP_LANG: "el" }, "ru-RU", "el"],
  ] as const)("env %o with system locale %s → %s", (env, locale, lang) => {
    expect(resolveLang(undefined, env, () => locale)).toBe(lang);
  });

  it.each([
    ["de", {}, "unsupported language 'de'; choose one of: ru, el, en"],
    [undefined, { SMM_PREP_LANG: "rus" }, "unsupported language 'rus' in $SMM_PREP_LANG (did you mean 'ru'?); choose one of: ru, el, en"],
  ] as const)("refuses %s / %o", (flag, env, message) => {
    expect(() => resolveLang(flag, env)).toThrow(message);
  });
});

describe("did-you-mean", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["keyowrds", "keywords", 1],
    ["", "abc", 3],
    ["same", "same", 0],
  ])("editDistance(%s, %s) = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it.each([
    ["keyowrds", ["id", "label", "weight", "keywords"], "keywords"],
    ["faq/engagment", ["faq/engagement-rate", "faq/going-viral"], "faq/engagement-rate"],
    ["analytic", ["analytics", "strategy"], "analytics"],
    ["fr", ["ru", "el", "en"], undefined],
    ["zzzzzz", ["keywords"], undefined],
  ])("closest(%s) = %s", (word, candidates, match) => {
    expect(closest(word, candidates)).toBe(match);
  });
});
