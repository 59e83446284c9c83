import { questionKey, type Lang, type Question } from "../../content/types.js";
import { UserError } from "../../errors.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { buildCards, clampToUntil, cramItems, dueItems, nextDue, type ReviewItem } from "../../practice/schedule.js";
import { paint } from "../../ui/color.js";
import { messages } from "../../ui/i18n/messages.js";
import { columnsOf, wrap } from "../../ui/text.js";
import { openCatalog } from "../open-catalog.js";
import { invocation } from "../../io/invocation.js";
import { HistoryRecorder } from "../history/recorder.js";
import { ReviewRecorder } from "./recorder.js";
import { introducedOn, newCards } from "../../practice/new-cards.js";
import type { HistoryRecord } from "../../practice/history-record.js";
import { loadHistory, localDays } from "../history/reports.js";
import type { ReviewFlags } from "./index.js";
import { jsonText } from "../../ui/json-text.js";

/** What a review would ask, and what the schedule says beyond it. */
interface ReviewPlan {
  lang: Lang;
  mode: "due" | "cram";
  today: string;
  until?: string;
  practised: number;
  /** Every question the mode selects that exists in the session language, in asking order. */
  items: ReviewItem[];
  /** Never-practised questions asked as new cards, after the due ones (none with --cram). */
  newQuestions: string[];
  /** The day's allowance of new cards, and how many of it earlier reviews or quizzes today used. */
  newPerDay: number;
  newToday: number;
  chosen: Question[];
  /** Practised questions that have no version in the session language. */
  leftOut: number;
  next?: { question: string; due: string };
  /** The history read, which the schedule line after each card builds on. */
  records: HistoryRecord[];
}

/** `smm-prep review`: a quiz on the questions FSRS says are due (or, with --cram, the weakest ones). */
export async function review(io: Io, globals: GlobalOptions, opts: ReviewFlags): Promise<number> {
  const plan = await planReview(io, globals, opts);
  const t = messages(plan.lang).practice;
  if (opts.json) {
    const { chosen, items, records: _records, ...rest } = plan;
    const asked = items.slice(0, chosen.length);
    io.stdout.write(`${jsonText({ ...rest, available: items.length, questions: asked }, 2)}\n`);
    return 0;
  }
  const chalk = await paint(io.stdout, io.env, globals.color);
  const columns = Math.min(100, columnsOf(io.stdout, io.env, 80));
  const say = (text: string) => io.stdout.write(`${wrap(text, columns)}\n`);
  if (plan.leftOut > 0) say(chalk.dim(t.notInLang(plan.leftOut, plan.lang)));
  if (plan.practised === 0 && plan.chosen.length === 0) {
    say(t.nothingToReview(invocation(io.env)));
    return 0;
  }
  if (plan.chosen.length === 0) {
    if (plan.next) say(t.nothingDue(plan.next.due, plan.next.question));
    say(chalk.cyan(t.cramHint(invocation(io.env))));
    return 0;
  }
  if (plan.mode === "cram") say(chalk.bold(t.reviewCram(plan.chosen.length)));
  else if (plan.items.length > 0) say(chalk.bold(t.reviewDue(plan.items.length)));
  if (plan.until) say(chalk.dim(t.reviewUntil(plan.until)));
  if (plan.newQuestions.length > 0) say(chalk.bold(t.reviewNew(plan.newQuestions.length, plan.newPerDay)));
  const { practise } = await import("../session/practise.js");
  const { dayOf, today } = localDays(io);
  // "Still due" counts every due card, not only the --count asked now, and today's new ones.
  const due = new Set([...plan.items.map((i) => i.question), ...plan.newQuestions]);
  const days = { dayOf, today, ...(plan.until ? { until: plan.until } : {}) };
  const recorder = new ReviewRecorder(new HistoryRecorder(io, opts.history), io, [...plan.records], days, plan.mode === "due" ? due : new Set(), (text) => chalk.cyan(text), columns);
  const mode = io.stdin.isTTY ? "interactive" : "piped";
  return practise(io, globals, { lang: plan.lang, questions: plan.chosen, mode, editor: false, json: false, repeat: "review" }, recorder);
}

/** Reads the flags and the history and decides what to ask, in what order. */
async function planReview(io: Io, globals: GlobalOptions, opts: ReviewFlags): Promise<ReviewPlan> {
  const { lang, count, newPerDay, until } = opts;
  const { dayOf, today } = localDays(io);
  if (until !== undefined && until <= today) throw new UserError(`--until is the interview date and must be after today (${today}), not '${until}'`);
  if (until !== undefined && opts.cram) throw new UserError("--cram ignores the schedule, so it cannot be combined with --until");

  const history = loadHistory(io, lang);
  const cards = clampToUntil(buildCards(history.records, dayOf).values(), until);
  const catalog = await openCatalog(io, globals, [lang]);
  const inLang = new Map(catalog.questions.filter((q) => q.lang === lang).map((q) => [questionKey(q), q]));
  const known = cards.filter((c) => inLang.has(c.question));
  const items = opts.cram ? cramItems(known, today) : dueItems(known, today);
  const next = nextDue(known, today);
  const dueNow = items.slice(0, count).map((i) => i.question);
  const newToday = introducedOn(history.records, dayOf, today);
  const fresh = opts.cram ? [] : newCards([...inLang.keys()], new Set(cards.map((c) => c.question)), newPerDay, newToday).slice(0, count - dueNow.length);
  return {
    lang,
    mode: opts.cram ? "cram" : "due",
    today,
    ...(until ? { until } : {}),
    practised: cards.length,
    items,
    newQuestions: fresh,
    newPerDay,
    newToday,
    records: history.records,
    chosen: [...dueNow, ...fresh].map((key) => inLang.get(key)!),
    leftOut: cards.length - known.length,
    ...(next ? { next } : {}),
  };
}
