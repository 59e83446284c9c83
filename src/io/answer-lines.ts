import { UserError } from "../errors.js";
import type { Input } from "./context.js";

/**
 * The lines of piped standard input, one answer each, read as they arrive (a script may still be
 * writing). UTF-8 is checked as it streams; a line longer than `maxLineBytes` is refused, not buffered.
 */
export async function* readLines(stdin: Input, maxLineBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  let lineNo = 1;
  const decode = (bytes?: Buffer): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new UserError(`line ${lineNo} of standard input is not valid UTF-8 text`);
    }
  };
  for await (const chunk of stdin) {
    pending += decode(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    let newline: number;
    while ((newline = pending.indexOf("\n")) !== -1) {
      yield pending.slice(0, newline).replace(/\r$/, "");
      pending = pending.slice(newline + 1);
      lineNo++;
    }
    // Compared in UTF-16 units × 3, an upper bound of the bytes, so the check never splits a character.
    if (pending.length * 3 > maxLineBytes && Buffer.byteLength(pending) > maxLineBytes) {
      throw new UserError(`line ${lineNo} of standard input is too long: more than ${maxLineBytes} bytes`);
    }
  }
  pending += decode();
  if (pending !== "") yield pending.replace(/\r$/, "");
}
