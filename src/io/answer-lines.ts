import { UserError } from "../errors.js";
import type { Input } from "./context.js";

/**
 * The lines of piped standard input, one answer each, read as they arrive (a script may still be
 * writing). Lines are split as bytes and each is checked as UTF-8 on its own, so a bad byte is
 * reported on its own line and every line before it is still answered. A line longer than
 * `maxLineBytes` is refused, not buffered.
 */
export async function* readLines(stdin: Input, maxLineBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending: Buffer = Buffer.alloc(0);
  let lineNo = 1;
  const decode = (bytes: Buffer): string => {
    try {
      return decoder.decode(bytes).replace(/\r$/, "");
    } catch {
      throw new UserError(`line ${lineNo} of standard input is not valid UTF-8 text`);
    }
  };
  for await (const chunk of stdin) {
    pending = pending.length === 0 ? (typeof chunk === "string" ? Buffer.from(chunk) : chunk) : Buffer.concat([pending, typeof chunk === "string" ? Buffer.from(chunk) : chunk]);
    let start = 0;
    for (let newline; (newline = pending.indexOf(0x0a, start)) !== -1; start = newline + 1) {
      if (newline - start > maxLineBytes) throw new UserError(`line ${lineNo} of standard input is too long: more than ${maxLineBytes} bytes`);
      yield decode(pending.subarray(start, newline));
      lineNo++;
    }
    pending = pending.subarray(start);
    if (pending.length > maxLineBytes) throw new UserError(`line ${lineNo} of standard input is too long: more than ${maxLineBytes} bytes`);
  }
  if (pending.length > 0) yield decode(pending);
}
