// `smm-prep completion` and the hidden `smm-prep complete` its scripts call at each Tab: flags and
// help; the scripts and the completions are in completion.ts, imported only when one of them runs.
import { defineCommand } from "../define.js";

/** The definition of `smm-prep completion`. */
export const completionCommand = defineCommand({
  name: "completion",
  description: "print the shell completion script for bash, zsh or fish",
  args: [{ syntax: "<shell>", help: "bash, zsh or fish" }],
  flags: [],
  examples: [
    "source <(smm-prep completion bash)      # in ~/.bashrc",
    "source <(smm-prep completion zsh)       # in ~/.zshrc",
    "smm-prep completion fish > ~/.config/fish/completions/smm-prep.fish",
  ],
  async run({ io, program }, [shell]) {
    const { completionScript } = await import("./completion.js");
    return completionScript(io, program, shell as string);
  },
});

/** The definition of `smm-prep complete`: what the completion scripts call at each Tab; not for people, so not in the help. */
export const completeCommand = defineCommand({
  name: "complete",
  description: "",
  hidden: true,
  allowUnknownOption: true,
  args: [{ syntax: "[words...]" }],
  flags: [],
  examples: [],
  async run({ io, globals, program }, [words]) {
    const { complete } = await import("./completion.js");
    return complete(io, globals, program, words as string[]);
  },
});
