// SIGHUP (the terminal closed) and SIGTERM (kill, a shutdown) during an interactive session end it
// the way Ctrl-C does: the answer on screen is recorded, the terminal restored, the summary shown.
// Without a handler of our own Node (and Inquirer's signal-exit) would die on the spot.
import { EXIT } from "../errors.js";

const CODES = { SIGHUP: EXIT.hangup, SIGTERM: EXIT.terminated } as const;
type Caught = keyof typeof CODES;

/** A session's hold on SIGHUP and SIGTERM: `signal` aborts when one arrives; `exitCode` says which. */
export interface TerminationTrap {
  /** Aborted on the first SIGHUP or SIGTERM: pass it to every prompt. */
  signal: AbortSignal;
  /** 129 or 143 once a signal came, else undefined. */
  exitCode(): number | undefined;
  /** Gives the signals back to their default (killing) behaviour. */
  release(): void;
}

/** Traps SIGHUP and SIGTERM until `release`; a second signal of either kind ends the process at once. */
export function trapTermination(): TerminationTrap {
  const controller = new AbortController();
  let caught: Caught | undefined;
  const handlers = (Object.keys(CODES) as Caught[]).map((name) => {
    const handler = () => {
      if (caught) process.exit(CODES[caught]);
      caught = name;
      controller.abort(name);
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    exitCode: () => (caught ? CODES[caught] : undefined),
    release: () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}
