// Issue 13, data loss (items 1, 3, 4, 6): nothing the user wrote is lost, through the built binary.
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isRecord, parseRecord } from "../../../src/practice/history-record.js";
import { contentDir, genBank, MINI_BANK } from "../../support/banks.js";
import { tempHome } from "../../support/home.js";
import { makeRecord, writeHistory } from "../../support/history.js";
import { spawnCli } from "../../support/spawn.js";
import { bash, SMM, sh, STACK, TMPFS, tmpfs, unmount } from "./helpers.js";

const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) unmount(dir);
});

/** A tmpfs for this test, unmounted after it. */
function mountTmpfs(size: string): string {
  const made = tmpfs(size);
  if ("reason" in made) throw new Error(made.reason);
  mounts.push(made.dir);
  return made.dir;
}

/** Fills the file system holding `dir` up to its last byte. */
function fillDisk(dir: string): void {
  const fd = openSync(join(dir, "filler"), "w");
  const block = Buffer.alloc(4096, 120);
  try {
    for (;;) if (writeSync(fd, block) < block.length) break;
  } catch {
    // ENOSPC: full.
  } finally {
    closeSync(fd);
  }
}

const eightRecords = () => Array.from({ length: 8 }, (_, i) => makeRecord({ session: `s${i}`, time: `2025-03-0${i + 1}T10:00:00.000Z` }));

describe("1. export never writes over the history, the cache or a bank file, even with --force", () => {
  it.each([
    ["the history itself", (home: string) => join(home, "history.jsonl")],
    ["a symbolic link to the history", (home: string) => (symlinkSync(join(home, "history.jsonl"), join(home, "card.md")), join(home, "card.md"))],
    ["a hard link to the history", (home: string) => (linkSync(join(home, "history.jsonl"), join(home, "card.md")), join(home, "card.md"))],
    ["a file in the cache", (home: string) => (mkdirSync(join(home, "cache")), writeFileSync(join(home, "cache", "x.json"), "{}"), join(home, "cache", "x.json"))],
  ])("refuses %s: exit 2, one line, the history intact", (_name, target) => {
    const home = tempHome();
    const file = writeHistory(home, eightRecords());
    const before = readFileSync(file);
    const output = target(home);
    const { code, stdout, stderr } = spawnCli(["export", "--output", output, "--force"], { env: { SMM_PREP_HOME: home } });
    expect(stderr).toMatch(/^smm-prep: .+ is (your practice history|smm-prep's cache); smm-prep never writes a report over it, even with --force\n$/);
    expect([code, stdout]).toEqual([2, ""]);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(JSON.parse(spawnCli(["stats", "--json"], { env: { SMM_PREP_HOME: home } }).stdout)).toMatchObject({ attempts: 8 });
  });

  it("refuses a bank file of a configured content folder", () => {
    const home = tempHome();
    writeHistory(home, eightRecords());
    const bank = contentDir({ "en/mini.yaml": MINI_BANK });
    const { code, stderr } = spawnCli(["--content", bank, "export", "--output", join(bank, "en", "mini.yaml"), "--force"], { env: { SMM_PREP_HOME: home } });
    expect(code).toBe(2);
    expect(stderr).toContain("is a question bank; smm-prep never writes a report over it");
    expect(readFileSync(join(bank, "en", "mini.yaml"), "utf8")).toBe(MINI_BANK);
  });

  it("still replaces an ordinary file with --force", () => {
    const home = tempHome();
    writeHistory(home, eightRecords());
    writeFileSync(join(home, "card.md"), "old");
    expect(spawnCli(["export", "--output", join(home, "card.md"), "--force"], { env: { SMM_PREP_HOME: home } }).code).toBe(0);
    expect(readFileSync(join(home, "card.md"), "utf8")).toMatch(/^# /);
  });
});

describe.skipIf(!TMPFS.ok)(`full disk (tmpfs)${TMPFS.ok ? "" : ` (skipped: cannot mount a tmpfs here: ${TMPFS.reason})`}`, () => {
  it("3. export --output F --force on a full disk leaves F as it was: exit 74, one line, no temporary file left", () => {
    const home = tempHome();
    writeHistory(home, Array.from({ length: 60 }, (_, i) => makeRecord({ question: `faq/q${i}`, session: `s${i}` })));
    const disk = mountTmpfs("64k");
    const card = join(disk, "card.md");
    writeFileSync(card, "the mentor's annotated copy\n".repeat(20));
    const before = readFileSync(card);
    fillDisk(disk);
    const { code, stdout, stderr } = spawnCli(["export", "--output", card, "--force"], { env: { SMM_PREP_HOME: home } });
    expect(stderr).toBe(`smm-prep: cannot write ${card}: no space left on the device\n`);
    expect([code, stdout]).toEqual([74, ""]);
    expect(readFileSync(card).equals(before)).toBe(true);
    expect(readdirSync(disk).sort()).toEqual(["card.md", "filler"]);
  });

  it("4. a full disk never leaves a torn history line: whole lines only, one warning, the session goes on", () => {
    const home = mountTmpfs("64k");
    // History ends a few bytes before a page boundary, and the rest of the disk is taken: the next
    // record can be written only in part.
    const file = join(home, "history.jsonl");
    const lines: string[] = [];
    while (Buffer.byteLength(lines.join("")) % 4096 < 3950) lines.push(`${JSON.stringify(makeRecord({ session: `s${lines.length}` }))}\n`);
    writeFileSync(file, lines.join(""));
    fillDisk(home);
    const bank = genBank(12);
    const answers = Array.from({ length: 12 }, () => "reach and click-through").join("\n");
    const { code, stdout, stderr } = spawnCli(["--content", bank, "quiz", "--bank", "gen", "--count", "12", "--seed", "1"], { input: `${answers}\n`, env: { SMM_PREP_HOME: home, SMM_PREP_CACHE_DIR: join(tempHome(), "cache") } });
    const text = readFileSync(file, "utf8");
    expect(text.endsWith("\n")).toBe(true);
    expect(text.slice(0, -1).split("\n").map(parseRecord).every(isRecord)).toBe(true);
    expect(text).toBe(lines.join(""));
    expect(code).toBe(0);
    expect(stdout).toContain("Summary");
    expect(stderr).toBe(`warning: practice history is off for this session: cannot write ${file} (no space left on the device)\n`);
  });
});

describe("6. quiz | head -1: a closed standard output stops the session, which says so", () => {
  it("records only answers whose feedback was written, and tells how many on stderr", () => {
    const home = tempHome();
    // Long model answers: 50 feedbacks fill far more than a pipe's 64 KiB, so writes must fail once head has gone.
    const bank = genBank(50, 3000);
    const script = `yes 'reach and click-through' | head -50 | ${SMM} --content ${sh(bank)} quiz --bank gen --count 50 --seed 3 | head -1; echo "quiz=\${PIPESTATUS[2]}" >&2`;
    const { stdout, stderr } = bash(script, { SMM_PREP_HOME: home });
    expect(stdout.split("\n")).toHaveLength(2);
    const said = /smm-prep: standard output was closed, so the session stopped: (\d+) answers? recorded \(those whose feedback was written\); the rest of the 50 questions were not graded\n/.exec(stderr);
    expect(said, stderr).not.toBeNull();
    expect(stderr).toContain("quiz=0");
    expect(stderr).not.toMatch(STACK);
    const recorded = existsSync(join(home, "history.jsonl")) ? readFileSync(join(home, "history.jsonl"), "utf8").split("\n").filter(Boolean).length : 0;
    expect(recorded).toBe(Number(said![1]));
    expect(recorded).toBeLessThan(50);
    expect(statSync(join(home)).isDirectory()).toBe(true);
  });
});
