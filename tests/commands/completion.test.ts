import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { runCli } from "../support/io.js";

/** The values `smm-prep complete -- <words>` offers, without descriptions and the directive line. */
async function completions(words: string[], global: string[] = []): Promise<string[]> {
  const { code, stdout } = await runCli([...global, "complete", "--", ...words]);
  expect(code).toBe(0);
  const lines = stdout.trimEnd().split("\n");
  expect(lines.at(-1)).toMatch(/^:\d+$/);
  return lines.slice(0, -1).map((l) => l.split("\t")[0]!);
}

describe("shell completion", () => {
  it.each([
    [["l"], ["list"]],
    [["com"], ["completion"]],
    [["list", "--la"], ["--lang"]],
    [["list", "--lang", ""], ["ru", "el", "en"]],
    [["quiz", "--bank", ""], ["faq", "interview"]],
    [["list", "--topic", "ро"], ["рост"]],
    [["list", "--topic", "anal"], ["analytics"]],
    [["show", "faq/engagement"], ["faq/engagement-rate"]],
    [["grade", "interview/roi"], ["interview/roi-metrics"]],
    [["export", "--format", ""], ["md", "json"]],
    [["completion", ""], ["bash", "zsh", "fish"]],
  ])("%j completes to %j", async (words, expected) => {
    expect(await completions(words)).toEqual(expected);
  });

  it("offers every command, but not the hidden one it answers through", async () => {
    const all = await completions([""]);
    expect(all).toEqual(expect.arrayContaining(["quiz", "list", "show", "grade", "validate", "stats", "review", "export", "completion"]));
    expect(all).not.toContain("complete");
  });

  it("completes the question ids and banks of a --content directory", async () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    expect(await completions(["show", "mini/"], ["--content", dir])).toEqual(["mini/engagement-rate"]);
    expect(await completions(["list", "--bank", "mi"], ["--content", dir])).toEqual(["mini"]);
  });

  it.each(["bash", "zsh", "fish"])("prints a %s script that calls back `smm-prep complete`", async (shell) => {
    const { code, stdout } = await runCli(["completion", shell]);
    expect(code).toBe(0);
    expect(stdout).toContain("smm-prep complete --");
  });

  it("refuses an unknown shell with one line and exit 2", async () => {
    const { code, stdout, stderr } = await runCli(["completion", "bsh"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("smm-prep: unsupported shell 'bsh' (did you mean 'bash'?); choose one of: bash, zsh, fish\n");
  });
});

describe("validate --json and -V", () => {
  it("validate --json reports the counts and every located problem; exit 1 when any", async () => {
    const bad = contentDir({ "en/mini.yaml": MINI_BANK.replace("keywords: [followers, reach]", "keywords: []") });
    const failed = await runCli(["validate", bad, "--json"]);
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.stdout);
    expect(report).toMatchObject({ ok: false, banks: 0, questions: 0 });
    expect(report.problems).toEqual([{ file: `${bad}/en/mini.yaml`, line: expect.any(Number), col: expect.any(Number), message: "'keywords' must not be empty" }]);
    const good = await runCli(["validate", contentDir({ "en/mini.yaml": MINI_BANK }), "--json"]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual({ ok: true, banks: 1, files: 1, questions: 1, langs: ["en"], problems: [] });
  });

  it.each([["-V"], ["-v"], ["--version"]])("%s prints the version", async (flag) => {
    const { code, stdout } = await runCli([flag]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
