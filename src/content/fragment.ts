/** The most characters of a user's own text (a key, an id, an anchor name) that a message quotes. */
const MAX_FRAGMENT = 60;

/** The most characters one problem message may have, whatever it quotes. */
export const MAX_MESSAGE = 300;

/**
 * A piece of the user's text, cut for quoting in a message: a 1 MB anchor name must not become a
 * 1 MB error line. Cut at a code point, never inside a surrogate pair.
 */
export function fragment(text: string, max: number = MAX_FRAGMENT): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max + 1)).slice(0, max - 1).join("")}…`;
}
