// `--editor` runs $VISUAL or $EDITOR as Inquirer's external-editor reads it: a program, then
// arguments split at spaces, the program in double quotes when its path has spaces. A path with an
// unquoted space cannot start, and Inquirer would only show its LaunchEditorError inside the prompt,
// so the session checks the program before the first question and says how to fix the variable.
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
import { UserError } from "../errors.js";

/** The program external-editor would start for this variable's value (as its parseEditorCommand does). */
function programOf(value: string): string {
  if (value.startsWith('"')) {
    const close = value.indexOf('"', 1);
    return close === -1 ? value.slice(1) : value.slice(1, close);
  }
  const space = value.indexOf(" ");
  return space === -1 ? value : value.slice(0, space);
}

function runnable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Throws a one-line user error when $VISUAL/$EDITOR (default vim) names no program that can run. */
export function checkEditor(env: Record<string, string | undefined>): void {
  const name = env.VISUAL ? "VISUAL" : env.EDITOR ? "EDITOR" : undefined;
  const value = (name ? env[name] : "vim") ?? "vim";
  const program = programOf(value);
  const found = program.includes("/") ? runnable(program) : (env.PATH ?? "").split(delimiter).some((dir) => dir !== "" && runnable(join(dir, program)));
  if (found) return;
  const variable = name ?? "EDITOR";
  // The whole value is a runnable path with spaces: it only needs quoting.
  if (isAbsolute(value) && value.includes(" ") && runnable(value)) {
    throw new UserError(`cannot start the editor ${variable}=${value}: its path has a space, so put it in double quotes: ${variable}='"${value}"'`);
  }
  throw new UserError(`cannot start the editor ${variable}=${value}: no program '${program}' found; set $VISUAL or $EDITOR to an installed editor (a path with spaces in double quotes)`);
}
