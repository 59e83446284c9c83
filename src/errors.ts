/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  checkFailed: 1,
  usage: 2,
  internal: 70,
  /** Output could not be written: standard output or an --output file (disk full, file too big, device error). */
  ioError: 74,
  /** Ctrl-C; SIGHUP and SIGTERM end a session the same way with 129 and 143 (128 + the signal's number). */
  interrupted: 130,
  hangup: 129,
  terminated: 143,
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

/** The user pressed Ctrl-C (or the session got SIGHUP/SIGTERM); whatever was done so far has already been reported. */
export class Interrupted extends Error {
  constructor(readonly exitCode: number = EXIT.interrupted) {
    super("interrupted");
    this.name = "Interrupted";
  }
}
