import { ContentError } from "./errors.js";
import { didYouMean } from "./suggest.js";
import { LANGS, type Lang } from "./types.js";

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/** The system's locale as Intl sees it ("ru-RU"): on Windows, where no $LANG is set, the display language. */
function intlLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/**
 * The session language: the flag, else $SMM_PREP_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG,
 * first set wins, as POSIX orders them; when none is set, the system locale from Intl) when it is one
 * of ours, else English.
 */
export function resolveLang(flag: string | undefined, env: Record<string, string | undefined>, systemLocale: () => string = intlLocale): Lang {
  const explicit = flag ?? (env.SMM_PREP_LANG || undefined);
  if (explicit !== undefined) {
    const value = explicit.toLowerCase();
    if (isLang(value)) return value;
    const from = flag === undefined ? " in $SMM_PREP_LANG" : "";
    throw new ContentError(`unsupported language '${explicit}'${from}${didYouMean(value, LANGS)}; choose one of: ${LANGS.join(", ")}`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale();
  const code = locale.slice(0, 2).toLowerCase();
  return isLang(code) ? code : "en";
}
