// The size limits of a question bank's parts, shared by the checker (schema.ts) and by the check of
// cached banks (bank-shape.ts), so neither path can let a longer keyword through.

/** The longest keyword in words: a phrase an interviewer could listen for, not a paragraph. */
export const MAX_KEYWORD_WORDS = 12;

/** The longest keyword in characters. With the word cap it keeps phrase matching linear in the answer. */
export const MAX_KEYWORD_CHARS = 200;
