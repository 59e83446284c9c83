// The system's error codes in a few words for the user: one table for reading, writing, history and
// standard output, so the same failure reads the same wherever it happens.

const WHY: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOTDIR: "a parent is not a directory",
  EISDIR: "it is a directory",
  ELOOP: "a symbolic link loop",
  ENOSPC: "no space left on the device",
  EFBIG: "the file is too big (a file size limit?)",
  EDQUOT: "the disk quota is exceeded",
  EIO: "an input/output error",
  EBADF: "it is closed",
  EEXIST: "a file is in the way",
  // Ours, not the system's: smm-prep refuses FIFOs, devices and links to them.
  ENOTREG: "not a regular file",
};

/**
 * Why a file operation failed, in words, or undefined for a code nobody has worded. `own` words the
 * codes whose meaning depends on what was opened: ENOENT is "no such file" for a file to read and
 * "no such directory" for a folder to list or write into.
 */
export function errnoWhy(code: string | undefined, own: Readonly<Record<string, string>> = {}): string | undefined {
  if (code === undefined) return undefined;
  return own[code] ?? WHY[code];
}

/** The error code a Node.js file operation failed with, if it has one. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}
