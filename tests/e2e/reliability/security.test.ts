// Issue 13, security (items 8, 9, 10), through the built binary: nothing hostile reaches the
// terminal, no file outside a content folder is read through a link, no endless file is read.
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../../support/banks.js";
import { tempHome } from "../../support/home.js";
import { makeRecord, writeHistory } from "../../support/history.js";
import { spawnCli } from "../../support/spawn.js";
import { STACK } from "./helpers.js";

// What may never reach a terminal raw: C0 controls but tab and newline, DEL, C1 (U+009B is a CSI), bidi overrides.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("8. strings read from history never reach the terminal raw", () => {
  const hostile = [
    makeRecord({ question: "faq/engagement-rate\u001b]52;c;ZXZpbA==\u0007", session: "h1" }),
    makeRecord({ missed: ["denominator\u001b]0;pwned\u0007\u001b[2J"], session: "h2" }),
    makeRecord({ session: "h3\u009b31m\u202e" }),
    makeRecord({ overrides: ["x\u001bc"], session: "h4" }),
  ];

  it.each([
    ["stats", ["stats"]],
    ["stats --json", ["stats", "--json"]],
    ["export", ["export"]],
    ["export --format json", ["export", "--format", "json"]],
    ["review --json", ["review", "--json"]],
  ])("%s: hostile lines are skipped as damaged; no control character is printed", (_name, args) => {
    const home = tempHome();
    writeHistory(home, [makeRecord(), ...hostile]);
    const { code, stdout, stderr } = spawnCli(args, { env: { SMM_PREP_HOME: home } });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain("warning: skipped 4 damaged lines");
  });

  it("--json output writes U+009B and bidi overrides from a bank as \\u escapes (still the same JSON)", () => {
    const hostile = MINI_BANK.replace("How do you calculate engagement rate?", "How\u009b31m do you \u202ecalculate\u202c engagement rate?").replace("Counts all engagements", "Counts\u009b31m all engagements");
    const bank = contentDir({ "en/mini.yaml": hostile });
    for (const args of [["list", "--json"], ["show", "mini/engagement-rate", "--json"], ["grade", "mini/engagement-rate", "--answer", "likes", "--json"]]) {
      const { code, stdout } = spawnCli(["--content", bank, ...args]);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(RAW_CONTROL);
      expect(stdout).toContain("\\u009b");
      expect(JSON.stringify(JSON.parse(stdout))).toMatch(/\u009b/);
    }
  });
});

describe("9. bank files that are symbolic links", () => {
  it("a link to a file outside the content folder is not read, and nothing of it is echoed", () => {
    const outside = contentDir({ "secret.yaml": "secret-token-4f2a: hunter2-password\n" });
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    symlinkSync(join(outside, "secret.yaml"), join(dir, "en", "my.yaml"));
    const { code, stdout } = spawnCli(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${dir}/en/my.yaml:1:1: a symbolic link to outside the content folder; it is not read (copy the file in instead)`);
    expect(stdout).not.toMatch(/secret-token|hunter2/);
  });

  it("a link that stays inside the content folder is followed", () => {
    // Outside any language folder, and not named .yaml, so only the link brings it in.
    const dir = contentDir({ "shared/mini.txt": MINI_BANK });
    mkdirSync(join(dir, "en"));
    symlinkSync(join("..", "shared", "mini.txt"), join(dir, "en", "mini.yaml"));
    const { code, stdout } = spawnCli(["validate", dir]);
    expect(stdout).toMatch(/^✔ 1 bank.* 1 question.*: no problems\n$/);
    expect(code).toBe(0);
  });

  it("every echoed fragment is capped: a 1 MB anchor name gives a short error line", () => {
    const name = "a".repeat(1_000_000);
    const dir = contentDir({ "en/mini.yaml": `${MINI_BANK}extra: &${name} x\nagain: *${name}\n` });
    const { code, stdout } = spawnCli(["validate", dir]);
    expect(code).toBe(1);
    const longest = Math.max(...stdout.split("\n").map((l) => l.length));
    expect(longest).toBeLessThan(500);
    expect(stdout).toContain("are not allowed in question banks");
  });
});

describe("10. non-regular files are refused, never read without end", () => {
  it("quiz --answers /dev/zero: exit 2 at once, one line", () => {
    const { code, stderr, signal } = spawnCli(["quiz", "--answers", "/dev/zero"], { timeout: 10_000 });
    expect(signal).toBeNull();
    expect(stderr).toBe("smm-prep: cannot read answers file /dev/zero: not a regular file\n");
    expect(code).toBe(2);
  });

  it("quiz --answers on a FIFO with no writer: exit 2 at once, never blocks", () => {
    const fifo = join(tempHome(), "answers.yaml");
    execFileSync("mkfifo", [fifo]);
    const { code, stderr, signal } = spawnCli(["quiz", "--answers", fifo], { timeout: 10_000 });
    expect(signal).toBeNull();
    expect(stderr).toBe(`smm-prep: cannot read answers file ${fifo}: not a regular file\n`);
    expect(code).toBe(2);
  });

  it("a history.jsonl linked to /dev/zero: stats exits 2 at once; a session runs with history off", () => {
    const home = tempHome();
    symlinkSync("/dev/zero", join(home, "history.jsonl"));
    const stats = spawnCli(["stats"], { env: { SMM_PREP_HOME: home }, timeout: 10_000 });
    expect(stats.signal).toBeNull();
    expect(stats.stderr).toBe(`smm-prep: cannot read the practice history ${join(home, "history.jsonl")}: not a regular file\n`);
    expect(stats.code).toBe(2);
    const quiz = spawnCli(["quiz", "--count", "1", "--seed", "1"], { input: "reach\n", env: { SMM_PREP_HOME: home }, timeout: 10_000 });
    expect(quiz.code).toBe(0);
    expect(quiz.stderr).toBe(`warning: practice history is off for this session: cannot write ${join(home, "history.jsonl")} (not a regular file)\n`);
    expect(quiz.stderr).not.toMatch(STACK);
  });

  it("a bank file linked to /dev/zero inside the folder is reported, not read", () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    writeFileSync(join(dir, "zero"), "");
    symlinkSync("/dev/zero", join(dir, "en", "zero.yaml"));
    const { code, stdout, signal } = spawnCli(["validate", dir], { timeout: 10_000 });
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stdout).toContain(`${dir}/en/zero.yaml:1:1: a symbolic link to outside the content folder; it is not read`);
  });
});
