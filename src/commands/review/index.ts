// `smm-prep review`: flags, defaults and help, and the reading of their values; the schedule is in
// review.ts (the session it starts is ../session/practise.ts), imported only when the command runs.
import { resolveLang } from "../../content/lang.js";
import type { Lang } from "../../content/types.js";
import { UserError } from "../../errors.js";
import type { Day } from "../../practice/days.js";
import { defineCommand } from "../define.js";
import { LANG_FLAG, dateFlag, wholeNumber } from "../flags.js";

/** How many questions one review asks unless --count says otherwise: a daily sitting, not the whole backlog. */
const REVIEW_COUNT = 10;

/** How many never-practised questions one day's reviews bring in unless --new says otherwise. */
const NEW_PER_DAY = 5;

/** The flags as commander hands them over: values still text. */
interface RawFlags {
  lang?: string;
  count?: string;
  new?: string;
  cram?: boolean;
  until?: string;
  json?: boolean;
  /** false for --no-history. */
  history?: boolean;
}

/** The flags of `smm-prep review`, read, defaults applied. */
export interface ReviewFlags {
  lang: Lang;
  count: number;
  /** How many never-practised questions a day may bring in. */
  newPerDay: number;
  cram: boolean;
  /** The interview date: every question comes back before it. */
  until?: Day;
  json: boolean;
  history: boolean;
}

/** Reads the flag values and the combinations that need no history; each problem is a usage error (exit 2). */
function readReviewFlags(raw: RawFlags, env: Record<string, string | undefined>): ReviewFlags {
  const lang = resolveLang(raw.lang, env);
  const count = raw.count === undefined ? REVIEW_COUNT : wholeNumber(raw.count, "--count", 1, 1000);
  const newPerDay = raw.new === undefined ? NEW_PER_DAY : wholeNumber(raw.new, "--new", 0, 1000);
  if (raw.new !== undefined && raw.cram) throw new UserError("--cram takes only questions you have practised, so it cannot be combined with --new");
  const until = raw.until === undefined ? undefined : dateFlag(raw.until, "--until");
  return { lang, count, newPerDay, cram: Boolean(raw.cram), ...(until !== undefined ? { until } : {}), json: Boolean(raw.json), history: raw.history !== false };
}

/** The definition of `smm-prep review`. */
export const reviewCommand = defineCommand<RawFlags>({
  name: "review",
  description: "spaced review: a quiz on the questions that are due, most overdue first",
  flags: [
    LANG_FLAG,
    { syntax: "-n, --count <n>", help: `ask at most N questions (default: ${REVIEW_COUNT})` },
    { syntax: "--new <n>", help: `bring in at most N never-practised questions a day (default: ${NEW_PER_DAY}; 0 for none)` },
    { syntax: "--cram", help: "ignore the schedule and take your weakest questions" },
    { syntax: "--until <date>", help: "your interview date (YYYY-MM-DD): every question comes back before it" },
    { syntax: "--json", help: "list what would be asked, without starting" },
    { syntax: "--no-history", help: "do not record this session's answers" },
  ],
  examples: ["smm-prep review", "smm-prep review --until 2025-06-30 --count 5", "smm-prep review --cram --lang el", "smm-prep review --json"],
  async run({ io, globals }, _args, raw) {
    const flags = readReviewFlags(raw, io.env);
    const { review } = await import("./review.js");
    return review(io, globals, flags);
  },
});
