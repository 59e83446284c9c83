// Shared by the quiz tests: the fixture bank, its obviously right answers, and a way to watch a
// session's output while it runs (runCli only returns it at the end).
import { join } from "node:path";
import { main } from "../../src/main.js";
import { ROOT } from "./home.js";
import { testIo } from "./io.js";

/** The quiz fixture bank (bank `drill`, en and ru), used with `--content` and `--bank drill`. */
export const FIXTURE = join(ROOT, "tests/fixtures/quiz-bank");

/** Arguments that draw from the fixture bank only. */
export const DRILL = ["--content", FIXTURE, "quiz", "--bank", "drill"];

/** An answer that covers every concept of each fixture question (tag → answer), in English and Russian. */
export const STRONG: Record<string, string> = {
  "Q-ENGAGEMENT": "Engagements divided by followers, as a percentage",
  "Q-GOALS": "Conversions first, each with a KPI",
  "Q-HASHTAGS": "Relevant hashtags after research",
};
export const STRONG_RU: Record<string, string> = {
  "Q-ENGAGEMENT": "Реакции делю на подписчиков и перевожу в проценты",
  "Q-GOALS": "Конверсии, и у каждой цели свой KPI",
  "Q-HASHTAGS": "Релевантные хештеги, после анализа",
};

/** An answer that covers nothing. */
export const WEAK = "no idea, honestly";

/** The tag of the question shown last in `text` (e.g. "Q-GOALS"). */
export function currentTag(text: string): string {
  const tags = [...text.matchAll(/\[(Q-[A-Z]+)\]/g)];
  const tag = tags.at(-1)?.[1];
  if (!tag) throw new Error(`no question on screen yet:\n${text}`);
  return tag;
}

/** Starts `smm-prep <args>` in-process on a pretend terminal; the output can be read while it runs. */
export function startCli(args: string[], opts: { env?: Record<string, string | undefined>; columns?: number } = {}) {
  const io = testIo({ tty: true, columns: opts.columns ?? 80, ...(opts.env ? { env: opts.env } : {}) });
  const done = main(args, io);
  return { stdout: io.stdout, stderr: io.stderr, done };
}
