// Issue 13, items 11–13, through the built binary: bad input and failed output are one line and
// exit 2 (or 74 for output), never an internal error (70) with a stack trace; nothing is skipped silently.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../../support/banks.js";
import { tempHome } from "../../support/home.js";
import { makeRecord, writeHistory } from "../../support/history.js";
import { spawnCli } from "../../support/spawn.js";
import { bash, SMM, sh, STACK } from "./helpers.js";

const IS_ROOT = process.getuid?.() === 0;

describe("11. errors that were internal errors (70) are one line and exit 2", () => {
  it("a bank with 130,000 problems: every one reported, no stack overflow", () => {
    const dir = contentDir({ "en/big.yaml": `bank: big\nlang: en\ntitle: Big\nquestions:\n${"  - 1\n".repeat(130_000)}` });
    // `list` skips a bank with problems, with a warning; it used to overflow the stack collecting them.
    const list = spawnCli(["--content", dir, "list"]);
    expect(list.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(list.stderr).toBe(`smm-prep: warning: skipped ${dir}/en/big.yaml, which has problems; see 'smm-prep validate'\n`);
    expect(list.code).toBe(0);
    const validate = spawnCli(["validate", dir]);
    expect(validate.code).toBe(1);
    expect(validate.stdout.split("\n").filter((l) => l.endsWith("a question must be a mapping of keys to values"))).toHaveLength(130_000);
  }, 60_000);

  it.each([
    ["a dangling symbolic link", (dir: string) => symlinkSync(join(dir, "nowhere.yaml"), join(dir, "en", "gone.yaml")), "gone.yaml:1:1: a broken symbolic link (its target does not exist)"],
    ["a looping symbolic link", (dir: string) => symlinkSync(join(dir, "en", "loop.yaml"), join(dir, "en", "loop.yaml")), "loop.yaml:1:1: a symbolic link loop"],
  ])("%s in a language folder is a located problem", (_name, make, message) => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    make(dir);
    const list = spawnCli(["--content", dir, "list"]);
    expect(list.stderr).not.toMatch(/internal error/);
    expect(list.code).toBe(0);
    const validate = spawnCli(["validate", dir]);
    expect([validate.code, validate.stdout.includes(message)]).toEqual([1, true]);
  });

  it("a far-future time in the history (year 9999) is a damaged line, not 'not a day'", () => {
    const home = tempHome();
    writeHistory(home, [makeRecord({ time: new Date().toISOString() }), makeRecord({ time: "9999-12-31T10:00:00.000Z" })]);
    for (const args of [["review", "--json"], ["stats"], ["export"]]) {
      const { code, stderr } = spawnCli(args, { env: { SMM_PREP_HOME: home } });
      expect(stderr).toContain("(line 2)");
      expect(stderr).not.toMatch(/internal error|not a day/);
      expect(code).toBe(0);
    }
  });

  it("SMM_PREP_BUILTIN_DIR pointing nowhere: exit 2, one line naming the variable", () => {
    const { code, stderr } = spawnCli(["list"], { env: { SMM_PREP_BUILTIN_DIR: "/nowhere/at/all" } });
    expect(stderr).toBe("smm-prep: SMM_PREP_BUILTIN_DIR=/nowhere/at/all holds no readable built-in banks (en.json: no such file); unset it\n");
    expect(code).toBe(2);
  });
});

describe("12. a failed write to standard output: one line, exit 74, no stack trace", () => {
  const home = tempHome();
  writeHistory(home, [makeRecord({ time: new Date().toISOString() })]);
  const commands: [string, string][] = [
    ["list", "list"],
    ["show", "show faq/engagement-rate"],
    ["grade", "grade faq/engagement-rate --answer 'likes and followers'"],
    ["validate", "validate"],
    ["stats", "stats"],
    ["review", "review --cram"],
    ["export", "export"],
    ["quiz", "quiz --count 1 --seed 1 --no-history"],
  ];

  it.each(commands)("%s > /dev/full", (_name, args) => {
    const { code, stdout, stderr } = bash(`echo 'an answer' | ${SMM} ${args} > /dev/full`, { SMM_PREP_HOME: home });
    expect(stderr).toBe("smm-prep: cannot write to standard output: no space left on the device\n");
    expect(stdout).toBe("");
    expect(code).toBe(74);
  });

  it.each(commands)("%s into a file under ulimit -f 0 (EFBIG)", (_name, args) => {
    const out = join(tempHome(), "out");
    // Not one block may be written: the first byte fails with EFBIG; the shell's own stderr stays free.
    const { code, stderr } = bash(`ulimit -f 0; echo 'an answer' | ${SMM} ${args} > ${sh(out)}`, { SMM_PREP_HOME: home });
    expect(stderr).toBe("smm-prep: cannot write to standard output: the file is too big (a file size limit?)\n");
    expect(stderr).not.toMatch(STACK);
    expect(code).toBe(74);
  });
});

describe("12. output cut short by a file size limit is not silent", () => {
  it("list under ulimit -f 1 (more than 1 KiB of output): exit 74, not a silently truncated file", () => {
    const out = join(tempHome(), "out");
    const { code, stderr } = bash(`ulimit -f 1; ${SMM} list > ${sh(out)}`);
    expect(stderr).toBe("smm-prep: cannot write to standard output: the file is too big (a file size limit?)\n");
    expect(code).toBe(74);
  });
});

describe("13. language folders are never skipped silently", () => {
  it("a symlinked en/ that leaves the content folder, and a directory named my.yaml, are reported", () => {
    const elsewhere = contentDir({ "en/mini.yaml": MINI_BANK });
    const dir = contentDir({});
    symlinkSync(join(elsewhere, "en"), join(dir, "en"));
    mkdirSync(join(dir, "el", "my.yaml"), { recursive: true });
    const { code, stdout } = spawnCli(["validate", dir]);
    expect(stdout).toContain(`${dir}/el/my.yaml:1:1: a folder, not a bank file`);
    expect(stdout).toContain(`${dir}/en:1:1: a symbolic link to outside the content folder; it is not read`);
    expect(stdout).not.toContain("no problems");
    expect(code).toBe(1);
  });

  it.skipIf(IS_ROOT)(`an unreadable en/ is reported${IS_ROOT ? " (skipped: root reads any folder, so it cannot be made unreadable)" : ""}`, () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    chmodSync(join(dir, "en"), 0o000);
    const { code, stdout } = spawnCli(["validate", dir]);
    chmodSync(join(dir, "en"), 0o755);
    expect(stdout).toContain(`${dir}/en:1:1: cannot read the language folder: permission denied`);
    expect(code).toBe(1);
  });

  it("an en/ folder that cannot be listed (not readable as a folder) is reported", () => {
    const dir = contentDir({});
    // A link to a file named like a folder: stat says file, so it is no language folder; a link to a
    // folder inside the tree is followed and its banks read.
    writeFileSync(join(dir, "notes"), "");
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "shared", "mini.yaml"), MINI_BANK);
    symlinkSync("shared", join(dir, "en"));
    const { stdout } = spawnCli(["validate", dir]);
    expect(stdout).toContain(`${dir}/shared/mini.yaml:1:1: unsupported language folder 'shared'`);
    expect(stdout).not.toContain(`${dir}/en:1:1`);
  });
});
