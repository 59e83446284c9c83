/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  checkFailed: 1,
  usage: 2,
  internal: 70,
  interrupted: 130,
} as const;

/** Bad input from the user: shown as one line, exit code 2 unless said otherwise. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
    /** Extra lines (e.g. every problem in a file) printed after the message. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** The user pressed Ctrl-C; whatever was done so far has already been reported. */
export class Interrupted extends Error {
  constructor() {
    super("interrupted");
    this.name = "Interrupted";
  }
}
