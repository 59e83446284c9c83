// What `stats`, `review` and `export` share: the user's local day, reading the
// history with its warnings, and concept labels for the ids history stores.
import { ContentError } from "../../content/errors.js";
import { LANGS, type Lang } from "../../content/types.js";
import { UserError } from "../../errors.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { readHistory, type HistoryContents } from "../../io/history.js";
import { dayFormatter, type Day, type DayOf } from "../../practice/days.js";
import type { ReportFlags } from "../flags.js";
import type { HistoryRecord } from "../../practice/history-record.js";
import type { ConceptWeight } from "../../practice/scorecard.js";
import { filterRecords } from "../../practice/stats.js";
import { messages } from "../../ui/i18n/messages.js";
import { inert } from "../../ui/text.js";
import { openCatalog } from "../open-catalog.js";

/** The user's local day of any moment, and today. The zone is $TZ (an IANA name) when set, else the system's. */
export function localDays(io: Io, now: Date = new Date()): { dayOf: DayOf; today: Day } {
  const dayOf = dayFormatter(io.env.TZ);
  return { dayOf, today: dayOf(now) };
}

/** Reads the history and warns on stderr (in the interface language) about damaged lines it skipped. */
export function loadHistory(io: Io, lang: Lang): HistoryContents {
  const history = readHistory(io.env);
  if (history.damaged.length > 0) {
    io.stderr.write(`${inert(messages(lang).practice.damagedLines(history.file, history.damaged.map((d) => d.line)))}\n`);
  }
  return history;
}

/** Looks up a concept's label: in the preferred language, else the one answered in, else any; the id when the question is gone. */
export type ConceptLabel = (question: string, concept: string, answeredIn?: Lang) => string;

/**
 * Concept labels from the question banks, for the records given. Best effort: when the banks cannot
 * be loaded (a user bank with problems), ids are shown; `validate` is where bank problems are reported.
 */
export async function conceptLabels(io: Io, globals: GlobalOptions, records: readonly HistoryRecord[], prefer: Lang): Promise<ConceptLabel> {
  const labels = new Map<string, string>();
  const key = (lang: Lang, question: string, concept: string) => `${lang}\u0000${question}\u0000${concept}`;
  if (records.length > 0) {
    const langs = LANGS.filter((l) => l === prefer || records.some((r) => r.lang === l));
    try {
      const catalog = await openCatalog(io, globals, langs);
      for (const q of catalog.questions) for (const c of q.rubric.concepts) labels.set(key(q.lang, `${q.bank}/${q.id}`, c.id), c.label);
    } catch (err) {
      if (!(err instanceof UserError || err instanceof ContentError)) throw err;
    }
  }
  return (question, concept, answeredIn) => {
    const order = [prefer, ...(answeredIn ? [answeredIn] : []), ...LANGS];
    for (const lang of order) {
      const label = labels.get(key(lang, question, concept));
      if (label !== undefined) return label;
    }
    return concept;
  };
}

/**
 * Concept weights from the question banks, for the records given (export uses them to say how many
 * points "I covered this" added). Best effort like the labels: unknown when the banks cannot be loaded.
 */
export async function conceptWeights(io: Io, globals: GlobalOptions, records: readonly HistoryRecord[]): Promise<ConceptWeight> {
  const weights = new Map<string, number>();
  const langs = LANGS.filter((l) => records.some((r) => r.lang === l && r.overrides.length > 0));
  if (langs.length > 0) {
    try {
      // Weights are the same in every language of a bank (validate checks it), so any language will do.
      const catalog = await openCatalog(io, globals, langs);
      for (const q of catalog.questions) for (const c of q.rubric.concepts) weights.set(`${q.bank}/${q.id}\u0000${c.id}`, c.weight);
    } catch (err) {
      if (!(err instanceof UserError || err instanceof ContentError)) throw err;
    }
  }
  return (question, concept) => weights.get(`${question}\u0000${concept}`);
}

/** What a report (stats, export) covers: `--lang` narrows the history and speaks it; `--since` cuts it. */
export interface HistorySelection {
  lang: Lang;
  only: Lang | undefined;
  since: Day | undefined;
  dayOf: DayOf;
  today: Day;
  history: HistoryContents;
  records: HistoryRecord[];
}

/** Reads the history and keeps the records a report's `--lang` and `--since` select. */
export function selectHistory(io: Io, flags: ReportFlags): HistorySelection {
  const { lang, only, since } = flags;
  const { dayOf, today } = localDays(io);
  const history = loadHistory(io, lang);
  const records = filterRecords(history.records, { ...(only ? { lang: only } : {}), ...(since ? { since } : {}) }, dayOf);
  return { lang, only, since, dayOf, today, history, records };
}
