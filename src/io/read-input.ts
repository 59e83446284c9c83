import { UserError } from "../errors.js";
import type { Input } from "./context.js";

/** Reads all of standard input as UTF-8 text, refusing more than `maxBytes` and invalid UTF-8. */
export async function readAllText(stdin: Input, maxBytes: number, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes) throw new UserError(`${what} on standard input is too long: more than ${maxBytes} bytes`);
    chunks.push(buf);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new UserError(`${what} on standard input is not valid UTF-8 text`);
  }
}
