import { resolveLang } from "../content/lang.js";
import { questionKey, type Lang, type Question } from "../content/types.js";
import { UserError } from "../errors.js";
import type { GlobalOptions, Io } from "../io/context.js";
import { buildCards, clampToUntil, cramItems, dueItems, nextDue, type ReviewItem } from "../practice/schedule.js";
import { paint } from "../ui/color.js";
import { messages } from "../ui/i18n/messages.js";
import { columnsOf, wrap } from "../ui/text.js";
import { openCatalog } from "./catalog.js";
import { invocation } from "../io/invocation.js";
import { HistoryRecorder } from "./history-recorder.js";
import { loadHistory, localDays, parseDateOption } from "./history-support.js";
import { jsonText } from "../ui/json-text.js";

/** The flags of `smm-prep review`. */
export interface ReviewOptions {
  lang?: string;
  count?: string;
  cram?: boolean;
  until?: string;
  json?: boolean;
  /** false for `--no-history`. */
  history?: boolean;
}

/** How many questions one review asks unless --count says otherwise: a daily sitting, not the whole backlog. */
export const REVIEW_COUNT = 10;

/** What a review would ask, and what the schedule says beyond it. */
interface ReviewPlan {
  lang: Lang;
  mode: "due" | "cram";
  today: string;
  until?: string;
  practised: number;
  /** Every question the mode selects that exists in the session language, in asking order. */
  items: ReviewItem[];
  chosen: Question[];
  /** Practised questions that have no version in the session language. */
  leftOut: number;
  next?: { question: string; due: string };
}

/** `smm-prep review`: a quiz on the questions FSRS says are due (or, with --cram, the weakest ones). */
export async function review(io: Io, globals: GlobalOptions, opts: ReviewOptions): Promise<number> {
  const plan = await planReview(io, globals, opts);
  const t = messages(plan.lang).practice;
  if (opts.json) {
    const { chosen, items, ...rest } = plan;
    const asked = items.slice(0, chosen.length);
    io.stdout.write(`${jsonText({ ...rest, available: items.length, questions: asked }, 2)}\n`);
    return 0;
  }
  const chalk = await paint(io.stdout, io.env, globals.color);
  const columns = Math.min(100, columnsOf(io.stdout, io.env, 80));
  const say = (text: string) => io.stdout.write(`${wrap(text, columns)}\n`);
  if (plan.leftOut > 0) say(chalk.dim(t.notInLang(plan.leftOut, plan.lang)));
  if (plan.practised === 0) {
    say(t.nothingToReview(invocation(io.env)));
    return 0;
  }
  if (plan.chosen.length === 0) {
    if (plan.next) say(t.nothingDue(plan.next.due, plan.next.question));
    say(chalk.cyan(t.cramHint(invocation(io.env))));
    return 0;
  }
  say(chalk.bold(plan.mode === "cram" ? t.reviewCram(plan.chosen.length) : t.reviewDue(plan.items.length)));
  if (plan.until) say(chalk.dim(t.reviewUntil(plan.until)));
  const { quiz } = await import("./quiz.js");
  const recorder = new HistoryRecorder(io, opts.history !== false);
  return quiz(io, globals, { lang: plan.lang, questions: plan.chosen, repeat: "review" }, recorder);
}

/** Reads the flags and the history and decides what to ask, in what order. */
async function planReview(io: Io, globals: GlobalOptions, opts: ReviewOptions): Promise<ReviewPlan> {
  const lang = resolveLang(opts.lang, io.env);
  const count = opts.count === undefined ? REVIEW_COUNT : wholeCount(opts.count);
  const { dayOf, today } = localDays(io);
  const until = opts.until === undefined ? undefined : parseDateOption(opts.until, "--until");
  if (until !== undefined && until <= today) throw new UserError(`--until is the interview date and must be after today (${today}), not '${opts.until}'`);
  if (until !== undefined && opts.cram) throw new UserError("--cram ignores the schedule, so it cannot be combined with --until");

  const history = loadHistory(io, lang);
  const cards = clampToUntil(buildCards(history.records, dayOf).values(), until);
  const catalog = await openCatalog(io, globals, [lang]);
  const inLang = new Map(catalog.questions.filter((q) => q.lang === lang).map((q) => [questionKey(q), q]));
  const known = cards.filter((c) => inLang.has(c.question));
  const items = opts.cram ? cramItems(known, today) : dueItems(known, today);
  const next = nextDue(known, today);
  return {
    lang,
    mode: opts.cram ? "cram" : "due",
    today,
    ...(until ? { until } : {}),
    practised: cards.length,
    items,
    chosen: items.slice(0, count).map((i) => inLang.get(i.question)!),
    leftOut: cards.length - known.length,
    ...(next ? { next } : {}),
  };
}

function wholeCount(text: string): number {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || n < 1 || n > 1000) throw new UserError(`--count must be a whole number from 1 to 1000, not '${text}'`);
  return n;
}
