// Reading a file the user (or another program) controls, without trusting what `stat` said a moment
// ago: the file is opened first, then checked through its descriptor, then read with a byte cap.
// A FIFO, /dev/zero or a directory is refused before a single byte is read, and opening never blocks
// (O_NONBLOCK), so a FIFO with no writer cannot hang the command.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { errnoWhy } from "./errno.js";

/** Why a file was not read: the system's code (ENOENT, EACCES, …), or ours for a non-regular or too-large file. */
export class FileReadError extends Error {
  constructor(
    readonly code: string,
    readonly size?: number,
  ) {
    super(code);
    this.name = "FileReadError";
  }
}

/** Reads a regular file of at most `maxBytes` bytes; throws FileReadError("ENOTREG" | "EFBIG" | errno) otherwise. */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new FileReadError(String((err as NodeJS.ErrnoException).code ?? err));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileReadError("EISDIR");
    if (!stat.isFile()) throw new FileReadError("ENOTREG");
    if (stat.size > maxBytes) throw new FileReadError("EFBIG", stat.size);
    // The file may grow after fstat: read at most one byte past the cap, and refuse if that byte exists.
    const buf = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buf.length) {
        if (length > maxBytes) throw new FileReadError("EFBIG", length);
        break;
      }
    }
    return buf.subarray(0, length);
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    throw new FileReadError(String((err as NodeJS.ErrnoException).code ?? err));
  } finally {
    closeSync(fd);
  }
}

/** A few words for the user about why a file could not be read. */
export function describeReadError(err: unknown): string {
  const code = err instanceof FileReadError ? err.code : String((err as NodeJS.ErrnoException)?.code ?? err);
  return errnoWhy(code, { ENOENT: "no such file" }) ?? code;
}
