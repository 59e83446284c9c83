// `smm-prep validate`: flags and help; the checks are in validate.ts, imported only when the command runs.
import { LANGS } from "../../content/types.js";
import { defineCommand } from "../define.js";
import type { ValidateOptions } from "./validate.js";

/** The definition of `smm-prep validate`. */
export const validateCommand = defineCommand<ValidateOptions>({
  name: "validate",
  description: "check question banks for mistakes (exit 1 when there are any)",
  args: [{ syntax: "[dir...]", help: "directories to check (default: the built-in banks and the configured ones)" }],
  flags: [
    { syntax: "-l, --lang <lang>", help: `language of the summary line: ${LANGS.join(", ")} (default: $SMM_PREP_LANG, then the locale, then en)` },
    { syntax: "--json", help: "print {ok, banks, files, questions, langs, problems: [{file, line, col, message}]}" },
  ],
  examples: ["smm-prep validate", "smm-prep validate ./my-banks", "smm-prep --content ./my-banks validate", "smm-prep validate ./my-banks --json"],
  async run({ io, globals }, [dirs], flags) {
    const { validate } = await import("./validate.js");
    return validate(io, globals, dirs as string[], flags);
  },
});
