// The answer prompt. Inquirer's `input` is one line: the first line break of a paste submits it, and
// the rest of the paste then answers whatever comes next. Here a line break only submits when the
// person pressed Enter: inside a bracketed paste, after Alt+Enter or a line ending in `\`, and when
// more keys arrived in the same read (a paste in a terminal without bracketed paste) it is a new
// line of the same answer. It also refuses to submit nothing, and can show a countdown.
import { createPrompt, isBackspaceKey, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState, type KeypressEvent, type Status, type Theme } from "@inquirer/core";

/** What the prompt resolves to: the text, and whether the clock ran out before Enter. */
export interface AnswerInput {
  text: string;
  overTime: boolean;
}

/** Configuration of the answer prompt. */
export interface AnswerInputConfig {
  message: string;
  /** Whether a text may be submitted; when it may not, Enter shows `refusal` and the prompt stays open. */
  accept: (text: string) => boolean;
  refusal: string;
  /** Seconds to answer in; undefined for no clock. At zero the text so far is the answer, over time. */
  seconds?: number;
  /** The countdown line under the input, e.g. `(time) => "⏱ 0:42 left"`. */
  countdown?: (secondsLeft: number) => string;
  /** How often to refresh the countdown (ms); tests shorten it. */
  tickMs?: number;
  theme?: Partial<Theme>;
}

/** Switches the terminal's bracketed paste on or off: pasted text then comes between two markers. */
export const BRACKETED_PASTE = { on: "\u001b[?2004h", off: "\u001b[?2004l" };

/** The multi-line answer prompt; resolves to the answer's lines joined with "\n", trimmed. */
export const answerInput = createPrompt<AnswerInput, AnswerInputConfig>((config, done) => {
  const theme = makeTheme(config.theme ?? {});
  const [status, setStatus] = useState<Status>("idle");
  // Finished lines, and the one being typed (readline's own line, kept because Enter empties it).
  const [lines, setLines] = useState<string[]>([]);
  const [value, setValue] = useState("");
  const [refused, setRefused] = useState(false);
  const [left, setLeft] = useState(config.seconds ?? 0);
  // Read by the timer and the deferred submit, which were created before the latest render.
  const typed = useRef({ lines: [] as string[], value: "" });
  const pasting = useRef(false);
  const pendingEnter = useRef<NodeJS.Immediate | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  const textOf = (all: readonly string[], current: string) => [...all, current].join("\n").trim();
  const show = (all: string[], current: string) => {
    typed.current = { lines: all, value: current };
    setLines(all);
    setValue(current);
  };
  const finish = (overTime: boolean) => {
    setStatus("done");
    done({ text: textOf(typed.current.lines, typed.current.value), overTime });
  };
  const newLine = (current: string) => show([...typed.current.lines, current], "");

  useEffect(() => {
    if (config.seconds === undefined) return;
    const deadline = Date.now() + config.seconds * 1000;
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      if (remaining > 0) return setLeft(remaining);
      clearInterval(timer);
      setLeft(0);
      finish(true);
    }, config.tickMs ?? 200);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => () => clearImmediate(pendingEnter.current), []);

  useKeypress((key: KeypressEvent & { meta?: boolean }, rl) => {
    if (status !== "idle") return;
    if (key.name === "paste-start" || key.name === "paste-end") {
      pasting.current = key.name === "paste-start";
      // A paste is drawn once it is complete, not once per character.
      if (!pasting.current) show(typed.current.lines, rl.line);
      return;
    }
    // Keys right behind an Enter in the same read were pasted: that Enter was a line break.
    if (pendingEnter.current !== undefined) {
      clearImmediate(pendingEnter.current);
      pendingEnter.current = undefined;
      newLine(typed.current.value);
      typed.current.value = rl.line;
    }
    if (isEnterKey(key)) {
      // Readline has already emptied its line on a plain Enter, not on Alt+Enter.
      const current = key.meta ? rl.line : typed.current.value;
      if (key.meta) rl.clearLine(0);
      if (pasting.current || key.meta) return newLine(current);
      if (current.endsWith("\\")) return newLine(current.slice(0, -1));
      if (!config.accept(textOf(typed.current.lines, current))) {
        setRefused(true);
        // Readline forgot the line on Enter; it is put back so the person can go on typing.
        rl.write(current);
        return;
      }
      pendingEnter.current = setImmediate(() => {
        pendingEnter.current = undefined;
        finish(false);
      });
      return;
    }
    // Backspace at the start of an empty line joins it to the line before.
    if (isBackspaceKey(key) && rl.line === "" && typed.current.value === "" && typed.current.lines.length > 0) {
      const previous = typed.current.lines.at(-1)!;
      show(typed.current.lines.slice(0, -1), previous);
      rl.write(previous);
      return;
    }
    typed.current.value = rl.line;
    if (pasting.current) return;
    setRefused(false);
    setValue(rl.line);
  });

  const message = theme.style.message(config.message, status);
  const all = [...lines, value];
  if (status === "done") {
    const [first = "", ...rest] = textOf(typed.current.lines, typed.current.value).split("\n");
    return [[prefix, message, theme.style.answer(first)].filter(Boolean).join(" "), ...rest.map((line) => `  ${theme.style.answer(line)}`)].join("\n");
  }
  const [first = "", ...rest] = all;
  const content = [[prefix, message, first].filter((part) => part !== "").join(" "), ...rest.map((line) => `  ${line}`)].join("\n");
  const under = [refused ? theme.style.error(config.refusal) : "", config.seconds !== undefined && config.countdown ? theme.style.help(config.countdown(left)) : ""].filter(Boolean);
  return [content, under.join("\n")];
});
