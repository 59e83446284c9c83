import { createPrompt, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState, type Status, type Theme } from "@inquirer/core";

/** What the timed prompt resolves to: the text, and whether the clock ran out before Enter. */
export interface TimedAnswer {
  text: string;
  overTime: boolean;
}

/** Configuration of the timed answer prompt. */
export interface TimedInputConfig {
  message: string;
  seconds: number;
  /** The countdown line under the input, e.g. `(time) => "⏱ 0:42 left"`. */
  countdown: (secondsLeft: number) => string;
  /** How often to refresh the countdown (ms); tests shorten it. */
  tickMs?: number;
  theme?: Partial<Theme>;
}

/**
 * A one-line answer prompt with a visible countdown. Inquirer's own `input` cannot do this: it only
 * re-renders on a keypress, and aborting it (AbortSignal) throws away what was typed. Here a timer
 * effect re-renders the countdown, and at zero the prompt resolves with the text typed so far,
 * marked over time. Ctrl-C still rejects with Inquirer's ExitPromptError, like every prompt.
 */
export const timedInput = createPrompt<TimedAnswer, TimedInputConfig>((config, done) => {
  const theme = makeTheme(config.theme ?? {});
  const [status, setStatus] = useState<Status>("idle");
  const [value, setValue] = useState("");
  const [left, setLeft] = useState(config.seconds);
  // The interval callback was created on the first render; a ref lets it see the latest text.
  const typed = useRef("");
  const prefix = usePrefix({ status, theme });

  useEffect(() => {
    const deadline = Date.now() + config.seconds * 1000;
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      if (remaining > 0) return setLeft(remaining);
      clearInterval(timer);
      setLeft(0);
      setStatus("done");
      done({ text: typed.current, overTime: true });
    }, config.tickMs ?? 200);
    return () => clearInterval(timer);
  }, []);

  useKeypress((key, rl) => {
    if (status !== "idle") return;
    if (isEnterKey(key)) {
      setStatus("done");
      done({ text: value, overTime: false });
      return;
    }
    typed.current = rl.line;
    setValue(rl.line);
  });

  const message = theme.style.message(config.message, status);
  const shown = status === "done" ? theme.style.answer(value || typed.current) : value;
  const line = [prefix, message, shown].filter((part) => part !== "").join(" ");
  return status === "done" ? line : [line, theme.style.help(config.countdown(left))];
});
