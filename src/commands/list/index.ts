// `smm-prep list`: flags and help; the listing is in list.ts, imported only when the command runs.
import { defineCommand } from "../define.js";
import { BANK_FLAG, LANG_FLAG, TOPIC_FLAG } from "../flags.js";
import type { ListOptions } from "./list.js";

/** The definition of `smm-prep list`. */
export const listCommand = defineCommand<ListOptions>({
  name: "list",
  description: "list the questions",
  flags: [LANG_FLAG, BANK_FLAG, TOPIC_FLAG, { syntax: "--json", help: "print JSON instead of a table" }],
  examples: ["smm-prep list", "smm-prep list --lang el --bank faq", "smm-prep list --topic analytics --json"],
  async run({ io, globals }, _args, flags) {
    const { list } = await import("./list.js");
    return list(io, globals, flags);
  },
});
