import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { RU_ASPECT_PAIRS } from "../../../src/grading/lang/ru-aspect-pairs.js";
import { cleanText } from "../../../src/grading/normalize.js";
import { tokenize } from "../../../src/grading/words.js";
import { expandForms, type KeywordWord } from "../../../src/io/morphology.js";

// Groups of words that are forms of one lemma (or of the two verbs of an aspect pair): every word's
// expansion must hold every other word of its group.
const RU_GROUPS = [
  ["заявка", "заявки", "заявок"],
  ["умножить", "умножаем", "умножать"],
  ["правило", "правила", "правилам"],
  ["кормить", "кормлю", "кормят", "накормить"],
  ["конверсия", "конверсий", "конверсиями"],
  ["подписчик", "подписчиков", "подписчики"],
  ["охват", "охваты", "охватов"],
  ["вовлечённость", "вовлеченности", "вовлечённостью"],
  ["человек", "люди", "людей"],
  ["год", "лет"],
  ["отзыв", "отзывов"],
  ["тролль", "троллей", "троллям"],
  ["аудитория", "аудиторий"],
  ["публикация", "публикаций"],
  ["комментарий", "комментариев"],
  ["продвигать", "продвинуть", "продвигаем"],
  ["публиковать", "опубликовать", "опубликовали"],
  ["покупать", "купить", "куплю"],
  ["удалять", "удалить", "удалю", "удаляем"],
  ["отвечать", "ответить", "отвечу", "отвечаю"],
  ["анализировать", "проанализировать"],
  ["привлекать", "привлечь", "привлёк"],
  ["увеличивать", "увеличить"],
  ["вовлекать", "вовлечь"],
  ["отслеживать", "отследить", "отслежу"],
  ["продавать", "продать", "продам"],
  ["создавать", "создать", "создам"],
  ["писать", "пишу", "написать"],
  ["делать", "сделать", "сделаю"],
  ["говорить", "сказать", "скажу"],
  ["блокировать", "заблокировать"],
  ["накручивать", "накрутить", "накрученные"],
];

const EN_GROUPS = [
  ["buy", "bought"],
  ["run", "ran"],
  ["analysis", "analyses"],
  ["go", "went", "gone"],
  ["pay", "paid"],
  ["grow", "grew", "grown"],
  ["spend", "spent"],
  ["make", "made"],
  ["write", "wrote", "written"],
  ["take", "took", "taken"],
  ["send", "sent"],
  ["see", "saw", "seen"],
  ["get", "got", "gotten"],
  ["sell", "sold"],
  ["think", "thought"],
  ["bring", "brought"],
  ["build", "built"],
  ["lead", "led"],
  ["win", "won"],
  ["criterion", "criteria"],
  ["medium", "media"],
  ["child", "children"],
  ["crisis", "crises"],
  ["feed", "fed"],
  ["big", "bigger", "biggest"],
  ["choose", "chose", "chosen"],
];

// Different words that share letters or a root: neither's expansion may hold the other.
const APART = [
  ["компания", "кампания"],
  ["показ", "показать"],
  ["показы", "показать"],
  ["правило", "право"],
  ["правила", "права"],
  ["продажа", "продать"],
  ["продажи", "продать"],
  ["охват", "обхват"],
  ["подписчик", "подписка"],
  ["аудит", "аудитория"],
  ["купить", "копить"],
  ["ответ", "отчет"],
  ["публика", "публикация"],
  ["вкладывать", "выкладывать"],
  ["данные", "дать"],
  ["определенные", "определить"],
  ["первые", "один"],
  ["лучше", "хороший"],
  ["good", "better"],
  ["bad", "worse"],
  ["company", "campaign"],
  ["post", "past"],
  ["lead", "load"],
  ["reply", "replay"],
  ["leave", "leaf"],
  ["medium", "median"],
  ["analysis", "analyst"],
];

/** A written word as the grader reads it: its normalised form and script. */
function word(text: string): KeywordWord & { stem: string } {
  const [t, ...rest] = tokenize(cleanText(text).text);
  if (!t || rest.length > 0 || (t.script !== "latin" && t.script !== "cyrillic")) throw new Error(`not one Latin or Cyrillic word: ${text}`);
  return { norm: t.norm, script: t.script, stem: t.stem };
}

type Golden = { ru: Record<string, string[]>; en: Record<string, string[]>; apart: Record<"ru" | "en", [string, string][]> };
const golden = JSON.parse(readFileSync(new URL("./golden-lemmas.json", import.meta.url), "utf8")) as Golden;

const everyWord = [
  ...RU_GROUPS.flat(),
  ...EN_GROUPS.flat(),
  ...APART.flat(),
  ...RU_ASPECT_PAIRS.flat(),
  ...(["ru", "en"] as const).flatMap((lang) => [...Object.entries(golden[lang]).flat(2), ...golden.apart[lang].flat()]),
];
let forms: Record<string, string[]> = {};
beforeAll(async () => {
  forms = await expandForms(everyWord.map(word));
}, 20_000);

/** Whether the keyword word's expansion holds the answer word. */
const expands = (keyword: string, answer: string) => (forms[word(keyword).norm] ?? []).includes(word(answer).norm);
const pairsOf = (group: string[]) => group.flatMap((a) => group.filter((b) => b !== a).map((b) => [a, b] as const));

describe("expandForms joins the forms of a lemma", () => {
  it("has enough groups", () => {
    expect(RU_GROUPS.length).toBeGreaterThanOrEqual(28);
    expect(EN_GROUPS.length).toBeGreaterThanOrEqual(20);
    expect(APART.length).toBeGreaterThanOrEqual(20);
  });

  it.each(RU_GROUPS.flatMap(pairsOf))("ru: %s → %s", (a, b) => {
    expect(expands(a, b)).toBe(true);
  });

  it.each(EN_GROUPS.flatMap(pairsOf))("en: %s → %s", (a, b) => {
    expect(expands(a, b)).toBe(true);
  });

  it.each(APART)("keeps %s and %s apart", (a, b) => {
    expect(expands(a, b)).toBe(false);
    expect(expands(b, a)).toBe(false);
  });

  it.each(RU_ASPECT_PAIRS.map(([impf, perf]) => [impf, perf]))("aspect pair %s / %s: both dictionary verbs, joined", (impf, perf) => {
    expect(expands(impf, perf)).toBe(true);
    expect(expands(perf, impf)).toBe(true);
  });
});

describe("expandForms output", () => {
  it("lists normalised forms (ё→е), each once, without the word itself", async () => {
    const out = await expandForms([word("вовлечённость"), word("bought")]);
    const ru = out["вовлеченность"] ?? [];
    expect(ru).toContain("вовлеченности");
    expect(ru.join(" ")).not.toMatch(/ё/);
    expect(ru).not.toContain("вовлеченность");
    expect(new Set(ru).size).toBe(ru.length);
    expect(out.bought).toEqual(["buy"]);
  });

  it("leaves out words with nothing to add: unknown words, regular-only English words", async () => {
    const out = await expandForms([word("сммщик"), word("xyzzy"), word("conversion")]);
    expect(out).toEqual({});
  });

  it("skips the homonym a keyword does not mean: правила is the noun, not the past tense of править", () => {
    expect(expands("правила", "правит")).toBe(false);
    expect(expands("правила", "правилами")).toBe(true);
  });

  it("does not treat suppletive comparatives as forms of their base", () => {
    expect(forms.good ?? []).toEqual([]);
    expect(forms.better ?? []).toEqual([]);
  });
});

describe.each(["ru", "en"] as const)("golden-lemmas.json (%s)", (lang) => {
  const entries = Object.entries(golden[lang]).flatMap(([base, list]) => list.map((f) => [base, f] as const));

  it("has at least 200 forms and 20 pairs kept apart", () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    expect(golden.apart[lang].length).toBeGreaterThanOrEqual(20);
  });

  it.each(entries)("%s ~ %s (by stem or by expansion)", (base, form) => {
    expect(word(form).stem === word(base).stem || expands(base, form)).toBe(true);
  });

  it.each(golden.apart[lang])("%s ≁ %s (neither by stem nor by expansion)", (a, b) => {
    expect(word(a).stem).not.toBe(word(b).stem);
    expect(expands(a, b) || expands(b, a)).toBe(false);
  });
});
