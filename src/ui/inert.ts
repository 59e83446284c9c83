// C0/C1 controls (but tab and newline), DEL, and bidi overrides, which could rewrite the terminal or reorder text.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes text from content or answers inert on a terminal: escape sequences and controls become visible codes. */
export function inert(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
