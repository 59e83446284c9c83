// `smm-prep show`: flags and help; the view is in show.ts, imported only when the command runs.
import { defineCommand } from "../define.js";
import { LANG_FLAG } from "../flags.js";
import type { ShowOptions } from "./show.js";

/** The definition of `smm-prep show`. */
export const showCommand = defineCommand<ShowOptions>({
  name: "show",
  description: "show a question with its guidance, model answer and rubric",
  args: [{ syntax: "<question>", help: "the question as <bank>/<id>, e.g. faq/engagement-rate" }],
  flags: [LANG_FLAG, { syntax: "--json", help: "print JSON" }],
  examples: ["smm-prep show faq/engagement-rate", "smm-prep show interview/account-goals --lang ru --json"],
  async run({ io, globals }, [ref], flags) {
    const { show } = await import("./show.js");
    return show(io, globals, ref as string, flags);
  },
});
