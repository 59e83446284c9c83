// What the user gave at the answer prompt: an answer, or one of the session's colon commands. The
// commands have a name in every interface language, and every name works in every session, so a
// Russian speaker practising in English can still type `:подсказка`.
import type { Lang } from "../content/types.js";
import { closest } from "../content/suggest.js";

/** The commands the answer prompt understands. */
export type Command = "hint" | "skip" | "quit";

/** What the user gave at the answer prompt (or the next line of piped input). */
export type Reply =
  | { kind: "answer"; text: string; overTime: boolean }
  | { kind: "hint" }
  | { kind: "skip" }
  | { kind: "quit" }
  /** Something that looks like a command (`:hlep`) but is none: not graded, the question is asked again. */
  | { kind: "unknown"; command: string; suggestion?: string }
  /** Piped input ran out: the session ends normally. */
  | { kind: "end" };

/**
 * The names of each command per language, the one shown first. `:help` is the hint in every language
 * (βοήθεια, помощь): what someone stuck on a question wants is the guidance for it.
 */
export const COMMAND_NAMES: Record<Lang, Record<Command, readonly string[]>> = {
  en: { hint: [":hint", ":h", ":help"], skip: [":skip", ":s"], quit: [":quit", ":q", ":exit"] },
  ru: { hint: [":подсказка", ":помощь"], skip: [":пропустить", ":пропуск"], quit: [":выход", ":выйти"] },
  el: { hint: [":υπόδειξη", ":βοήθεια"], skip: [":παράλειψη"], quit: [":έξοδος"] },
};

// Case, Greek accents and ё are ignored, as the grader ignores them in answers.
const fold = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ё/g, "е");

const BY_NAME = new Map<string, Command>(
  Object.values(COMMAND_NAMES).flatMap((names) => Object.entries(names).flatMap(([command, list]) => list.map((name) => [fold(name), command as Command] as const))),
);

/** A colon and one word, with nothing else: typed as a command, never an answer (`:) good question` is an answer). */
const COMMAND_LIKE = /^:[\p{L}\p{N}_-]+$/u;

/**
 * Reads a command typed instead of an answer, in any of the languages; anything else is an answer. A
 * word after a colon that is no command is `unknown`, with the closest name as a suggestion (taken
 * from the session's language first), so a typo is never graded as a 0% answer.
 */
export function parseReply(text: string, overTime = false, lang: Lang = "en"): Reply {
  const typed = text.trim();
  if (!COMMAND_LIKE.test(typed)) return { kind: "answer", text, overTime };
  // A command typed as the clock ran out is still only the answer so far: there is nothing to grade.
  if (overTime) return { kind: "answer", text: "", overTime };
  const command = BY_NAME.get(fold(typed));
  if (command) return { kind: command };
  const suggestion = suggestCommand(typed, lang);
  return { kind: "unknown", command: typed, ...(suggestion ? { suggestion } : {}) };
}

function suggestCommand(typed: string, lang: Lang): string | undefined {
  const own = Object.values(COMMAND_NAMES[lang]).flat();
  const others = Object.values(COMMAND_NAMES).flatMap((names) => Object.values(names).flat());
  // Folded on both sides, so `:βοηθια` still finds `:βοήθεια`; the name is returned as written.
  const byFolded = new Map([...own, ...others].reverse().map((name) => [fold(name), name]));
  const match = closest(fold(typed), [...new Set([...own, ...others].map(fold))]);
  return match === undefined ? undefined : byFolded.get(match);
}

/** Whether an answer has nothing to grade: no letter and no digit (an accidental Enter, spaces, "..."). */
export function isBlankAnswer(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
