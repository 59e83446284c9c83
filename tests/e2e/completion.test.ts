import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, testEnv } from "../support/home.js";

// The shell finds `smm-prep` on PATH, as after a global install: a tiny launcher for the built binary.
const bin = mkdtempSync(join(tmpdir(), "smm-prep-path-"));
writeFileSync(join(bin, "smm-prep"), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, "bin/smm-prep.js")}" "$@"\n`);
chmodSync(join(bin, "smm-prep"), 0o755);

/** Sources the generated bash script and runs its completion function on `words`, as bash does at a Tab. */
function bashComplete(words: string[]): string[] {
  const script = `
    # bash-completion's helper, which the script expects; a minimal stand-in where that package is absent.
    type _get_comp_words_by_ref >/dev/null 2>&1 || _get_comp_words_by_ref() { cur="\${COMP_WORDS[COMP_CWORD]}"; prev="\${COMP_WORDS[COMP_CWORD-1]}"; words=("\${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
    source <(smm-prep completion bash)
    COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}
    $(complete -p smm-prep | sed -E 's/.* -F ([^ ]+) .*/\\1/') 2>/dev/null
    printf '%s\\n' "\${COMPREPLY[@]}"`;
  const env = { ...testEnv({ SMM_PREP_BUILTIN_DIR: undefined }), PATH: `${bin}:${process.env.PATH}` };
  const run = spawnSync("bash", ["-c", script], { encoding: "utf8", env: env as NodeJS.ProcessEnv });
  expect(run.status).toBe(0);
  return run.stdout.split("\n").filter(Boolean);
}

describe("completion in a real bash", () => {
  it("completes commands, flags, languages, topics and question ids through the generated script", () => {
    expect(bashComplete(["smm-prep", "rev"])).toEqual(["review"]);
    expect(bashComplete(["smm-prep", "list", "--l"])).toEqual(["--lang"]);
    expect(bashComplete(["smm-prep", "list", "--lang", ""])).toEqual(["ru", "el", "en"]);
    expect(bashComplete(["smm-prep", "quiz", "--topic", "ана"])).toEqual(["аналитика"]);
    expect(bashComplete(["smm-prep", "show", "faq/engagement"])).toEqual(["faq/engagement-rate"]);
  });

  it.each(["bash", "zsh", "fish"])("the %s script is what the shell can parse", (shell) => {
    const script = spawnSync(process.execPath, [join(ROOT, "bin/smm-prep.js"), "completion", shell], { encoding: "utf8" }).stdout;
    expect(script.length).toBeGreaterThan(200);
    const parser = { bash: ["bash", "-n"], zsh: ["zsh", "-n"], fish: ["fish", "--no-execute"] }[shell]!;
    const found = spawnSync("sh", ["-c", `command -v ${parser[0]}`]).status === 0;
    // bash is always here; zsh and fish only where installed.
    if (!found) return;
    const check = spawnSync(parser[0]!, parser.slice(1), { input: script, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});
