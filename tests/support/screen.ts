// Keys for tests that drive the interactive session through @inquirer/testing's screen. Kept apart from
// session-helpers.ts: files that render() prompts must not load @inquirer/testing/vitest.
import { screen } from "@inquirer/testing/vitest";

/** Types a line at the current prompt and waits for the next prompt to appear. */
export async function say(text: string): Promise<void> {
  screen.type(text);
  screen.keypress("enter");
  await screen.next();
}

/** Picks the n-th choice (1-based) of the "What next?" menu and waits for the next prompt. */
export async function choose(n: number, waitForPrompt = true): Promise<void> {
  for (let i = 1; i < n; i++) screen.keypress("down");
  screen.keypress("enter");
  if (waitForPrompt) await screen.next();
}
