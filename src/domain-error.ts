// The core (content, grading, practice) reports what it will not accept with these errors and knows
// nothing of exit codes or the terminal; src/main.ts turns them into one line and exit 2.

/**
 * Input outside what the core accepts (an unknown language, bank, topic or question; an answer too
 * long to grade). The message is one line for the user. A RangeError: a value outside the allowed set.
 */
export class DomainError extends RangeError {
  override name = "DomainError";
}
