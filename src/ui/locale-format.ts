import type { Lang } from "../content/types.js";

// Formatters are built once per language and kind: constructing one costs more than using it.
const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) cache.set(key, (found = make()));
  return found;
}

// The first Intl.NumberFormat of a process costs about 12 ms (ICU loads its number data), a tenth of
// start-up. Whole numbers under 1000, and whole percentages, come out of it exactly as below in all
// three languages (a test compares every one with Intl), so only other values pay for Intl.
const plainInteger = (value: number) => Number.isInteger(value) && Math.abs(value) < 1000;

/** A 0–100 score or share as the language writes percentages: "62,7 %" (ru), "60,7%" (el), "62.7%" (en). */
export function percent(value: number, lang: Lang): string {
  if (plainInteger(value)) return lang === "ru" ? `${value}\u00a0%` : `${value}%`;
  return cached(`%${lang}`, () => new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 })).format(value / 100);
}

/** A count or measure as the language writes numbers ("12 345" in Russian, "12.345" in Greek). */
export function number(value: number, lang: Lang): string {
  if (plainInteger(value)) return String(value);
  return cached(`#${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })).format(value);
}

/** Items that all apply, joined as the language does: "a, b и c", "a, b και c", "a, b, and c". */
export function listAnd(items: readonly string[], lang: Lang): string {
  return cached(`and${lang}`, () => new Intl.ListFormat(lang, { type: "conjunction" })).format(items);
}

/** Alternatives (any one counts), joined as the language does: "a, b или c", "a, b ή c", "a, b, or c". */
export function listOr(items: readonly string[], lang: Lang): string {
  return cached(`or${lang}`, () => new Intl.ListFormat(lang, { type: "disjunction" })).format(items);
}
