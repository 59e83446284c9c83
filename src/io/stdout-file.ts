// When standard output is a regular file (`smm-prep list > out.txt`), Node writes to it with a
// single write(2) per chunk and ignores a short write: under `ulimit -f` or on a full disk the
// output would be cut without a word. Writing here loops until every byte is out, so the first byte
// that cannot be written raises EFBIG or ENOSPC, which main.ts reports as one line (exit 74).
import { fstatSync, writeSync } from "node:fs";
import type { Output } from "./context.js";

/** A failed write to standard output: main.ts turns it into one line and exit 74. */
export class StdoutWriteError extends Error {
  constructor(readonly code: string) {
    super(`cannot write to standard output (${code})`);
    this.name = "StdoutWriteError";
  }
}

/** An Output writing to descriptor `fd` completely, or undefined when `fd` is not a regular file. */
export function fileOutput(fd: number): Output | undefined {
  try {
    if (!fstatSync(fd).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return {
    isTTY: false,
    write(chunk: string) {
      const bytes = Buffer.from(chunk, "utf8");
      try {
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      } catch (err) {
        throw new StdoutWriteError((err as NodeJS.ErrnoException).code ?? String(err));
      }
      return true;
    },
  };
}
