// Flags several commands share, and the readers that turn a flag's text into a typed value with a
// one-line usage error. Loaded at start-up with the definitions, so nothing heavy is imported here.
import { resolveLang } from "../content/lang.js";
import { LANGS, type Lang } from "../content/types.js";
import { UserError } from "../errors.js";
import { parseDay, type Day } from "../practice/days.js";
import type { Flag } from "./define.js";

// Languages are checked by resolveLang, not commander's choices, so a typo gets a did-you-mean.
/** `--lang` of the commands that ask or show questions: the language they speak. */
export const LANG_FLAG: Flag = { syntax: "-l, --lang <lang>", help: `language of the questions: ${LANGS.join(", ")} (default: $SMM_PREP_LANG, then the locale, then en)` };

// For stats and export --lang narrows the history; it also picks the language they speak.
/** `--lang` of the history reports: only answers in that language. */
export const FILTER_LANG_FLAG: Flag = { syntax: "-l, --lang <lang>", help: `only answers in this language (${LANGS.join(", ")}), and speak it (default: every language)` };

/** `--bank` of list and quiz. */
export const BANK_FLAG: Flag = { syntax: "-b, --bank <bank>", help: "only this bank (e.g. interview, faq)" };

/** `--topic` of list and quiz. */
export const TOPIC_FLAG: Flag = { syntax: "-t, --topic <topic>", help: "only this topic (e.g. analytics)" };

/** `--since` of the history reports. */
export const SINCE_FLAG: Flag = { syntax: "--since <date>", help: "only practice from this day on (YYYY-MM-DD)" };

/** Reads a whole-number flag in [min, max]; anything else is a usage error. */
export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || n < min || n > max) throw new UserError(`${flag} must be a whole number from ${min} to ${max}, not '${text}'`);
  return n;
}

/** Reads a percentage flag (a number from 0 to 100); anything else is a usage error. */
export function percentage(text: string, flag: string): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw new UserError(`${flag} must be a number from 0 to 100, not '${text}'`);
  return n;
}

/** Reads a `--since`/`--until` value: a calendar date written YYYY-MM-DD; anything else is a usage error. */
export function dateFlag(text: string, flag: string): Day {
  const day = parseDay(text);
  if (day === undefined) throw new UserError(`${flag} must be a date written YYYY-MM-DD (e.g. 2025-03-01), not '${text}'`);
  return day;
}

/** `--lang` and `--since` of a history report, as commander hands them over. */
export interface RawReportFlags {
  lang?: string;
  since?: string;
}

/** What a report (stats, export) covers: it speaks `lang`; `only` (from --lang) and `since` narrow the history. */
export interface ReportFlags {
  lang: Lang;
  only?: Lang;
  since?: Day;
}

/** Reads a report's --lang (else the session language, and every answer counts) and --since. */
export function readReportFlags(raw: RawReportFlags, env: Record<string, string | undefined>): ReportFlags {
  const lang = resolveLang(raw.lang, env);
  const since = raw.since === undefined ? undefined : dateFlag(raw.since, "--since");
  return { lang, ...(raw.lang !== undefined ? { only: lang } : {}), ...(since !== undefined ? { since } : {}) };
}
