import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { runCli } from "../support/io.js";

// Every bad input: the command line, the files it sees, and the one message it must print (exit 2).
const CASES: Array<[string, string[], Record<string, string | Buffer> | null, RegExp]> = [
  ["an unknown question, with a did-you-mean", ["show", "faq/engagment-rate"], null, /^smm-prep: unknown question 'faq\/engagment-rate' \(did you mean 'faq\/engagement-rate'\?\)/],
  ["a question in no such language", ["show", "mini/engagement-rate", "--lang", "ru"], { "en/mini.yaml": MINI_BANK }, /^smm-prep: question mini\/engagement-rate has no 'ru' version; it exists in: en$/],
  ["an unknown bank", ["list", "--bank", "fqa"], null, /^smm-prep: unknown bank 'fqa' \(did you mean 'faq'\?\)/],
  ["an unknown topic", ["list", "--topic", "analytic"], null, /^smm-prep: unknown topic 'analytic' \(did you mean 'analytics'\?\)/],
  ["an unsupported language", ["list", "--lang", "de"], null, /^smm-prep: unsupported language 'de'; choose one of: ru, el, en$/],
  ["a misspelt language, with a did-you-mean", ["show", "faq/engagement-rate", "--lang", "rus"], null, /^smm-prep: unsupported language 'rus' \(did you mean 'ru'\?\); choose one of: ru, el, en$/],
  ["an unsupported $SMM_PREP_LANG", ["list"], null, /^smm-prep: unsupported language 'fr' in \$SMM_PREP_LANG; choose one of: ru, el, en$/],
  ["an unknown flag", ["list", "--colour"], null, /^error: unknown option '--colour'/],
  ["an unknown command", ["lst"], null, /^error: unknown command 'lst'\n\(Did you mean list\?\)$/],
  ["a missing content directory", ["--content", "/nonexistent/banks", "list"], null, /^smm-prep: cannot read content directory \/nonexistent\/banks: no such directory$/],
];

// Every kind of broken bank file: the files, and the located line `validate` must print for it (exit 1).
const BANK_CASES: Array<[string, Record<string, string | Buffer>, RegExp]> = [
  ["a YAML syntax error", { "en/mini.yaml": MINI_BANK.replace("[followers, reach]", "[followers, reach") }, /en\/mini\.yaml:21:\d+: .*/],
  ["a missing field", { "en/mini.yaml": MINI_BANK.replace("    guidance: Engagements divided by followers or reach, times 100.\n", "") }, /^en\/mini\.yaml:5:5: a question is missing 'guidance'\n/],
  ["a mistyped field", { "en/mini.yaml": MINI_BANK.replace("weight: 2", "weight: heavy") }, /^en\/mini\.yaml:16:19: 'weight' must be a number from 0\.1 to 100\n/],
  ["a duplicate question id", { "en/mini.yaml": MINI_BANK + MINI_BANK.slice(MINI_BANK.indexOf("  - id: engagement-rate")) }, /en\/mini\.yaml:25:5: duplicate question id 'engagement-rate' \(first at line 5\)\n/],
  ["a bank that does not match its file name", { "en/mini.yaml": MINI_BANK.replace("bank: mini", "bank: other") }, /^en\/mini\.yaml:1:7: bank 'other' must equal the file name 'mini'\n/],
  ["a lang that does not match its folder", { "en/mini.yaml": MINI_BANK.replace("lang: en", "lang: el") }, /^en\/mini\.yaml:2:7: lang 'el' must equal the folder 'en'\n/],
  ["an empty keyword list", { "en/mini.yaml": MINI_BANK.replace("[followers, reach]", "[]") }, /^en\/mini\.yaml:20:21: 'keywords' must not be empty\n/],
  ["a __proto__ key", { "en/mini.yaml": MINI_BANK.replace("    topic: analytics", "    __proto__: { polluted: true }\n    topic: analytics") }, /^en\/mini\.yaml:6:5: unknown key '__proto__' in a question\n/],
  ["a YAML alias bomb", { "en/mini.yaml": `${MINI_BANK}x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${Array.from({ length: 9 }, (_, i) => `x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(", ")}]`).join("\n")}\n` }, /en\/mini\.yaml:\d+:\d+: aliases \(\*a0\) are not allowed in question banks/],
  ["an invalid bank file", { "en/mini.yaml": MINI_BANK.replace("keywords: [followers", "keyowrds: [followers") }, /en\/mini\.yaml:20:11: unknown key 'keyowrds' in a concept \(did you mean 'keywords'\?\)\n/],
  ["a file that is not UTF-8", { "en/mini.yaml": Buffer.from([0x62, 0x61, 0x6e, 0x6b, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) }, /en\/mini\.yaml:1:1: file is not valid UTF-8 text; save it as UTF-8\n/],
  ["a file over the size cap", { "en/mini.yaml": `${MINI_BANK}#${"x".repeat(2 * 1024 * 1024)}\n` }, /en\/mini\.yaml:1:1: file is \d+ bytes; bank files are limited to 2097152 bytes \(2 MiB\)\n/],
  ["an unsupported language folder", { "de/mini.yaml": MINI_BANK }, /de\/mini\.yaml:1:1: unsupported language folder 'de'/],
];

describe("bad input gets one clear message and exit code 2", () => {
  it.each(CASES)("%s", async (_name, args, files, message) => {
    const env = _name.includes("SMM_PREP_LANG") ? { SMM_PREP_LANG: "fr" } : {};
    const argv = files ? ["--content", contentDir(files), ...args] : args;
    const { code, stdout, stderr } = await runCli(argv, { env });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.replace(/^.*\/smm-prep-content-[^/]+\//gm, "").trimEnd()).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
  });

  describe("a broken bank file", () => {
    it.each(BANK_CASES)("%s: validate locates it and exits 1", async (_name, files, message) => {
      const { code, stdout } = await runCli(["validate", contentDir(files)]);
      expect(code).toBe(1);
      expect(stdout.replace(/^.*\/smm-prep-content-[^/]+\//gm, "")).toMatch(message);
    });

    it.each(BANK_CASES)("%s: other commands skip it with one warning line and go on", async (_name, files) => {
      const dir = contentDir(files);
      const { code, stdout, stderr } = await runCli(["--content", dir, "list", "--lang", "en", "--bank", "faq", "--json"]);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).length).toBeGreaterThan(0);
      expect(stderr).toMatch(new RegExp(`^smm-prep: warning: skipped ${dir}/\\w+/mini\\.yaml, which has problems; see 'smm-prep validate'\n$`));
    });
  });

  it("keeps the good banks of a directory when one file is broken", async () => {
    const good = MINI_BANK.replace("bank: mini", "bank: good");
    const dir = contentDir({ "en/good.yaml": good, "en/mini.yaml": MINI_BANK.replace("[followers, reach]", "[]"), "ru/mini.yaml": "\tbank: mini\n" });
    const { code, stdout, stderr } = await runCli(["--content", dir, "show", "good/engagement-rate", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: "good/engagement-rate" });
    expect(stderr).toBe(`smm-prep: warning: skipped ${dir}/en/mini.yaml and ${dir}/ru/mini.yaml, which have problems; see 'smm-prep validate'\n`);
    expect((await runCli(["validate", dir])).code).toBe(1);
  });

  it("names both files when two directories define the same question", async () => {
    const a = contentDir({ "en/mini.yaml": MINI_BANK });
    const b = contentDir({ "en/mini.yaml": MINI_BANK });
    const { code, stderr } = await runCli(["--content", a, "--content", b, "list"]);
    expect(code).toBe(2);
    expect(stderr).toBe(`smm-prep: question mini/engagement-rate (en) is defined twice: in ${a}/en/mini.yaml and in ${b}/en/mini.yaml\n`);
  });

  it("reads $SMM_PREP_CONTENT as a list of directories", async () => {
    const a = contentDir({ "en/mini.yaml": MINI_BANK });
    const b = contentDir({ "en/other.yaml": MINI_BANK.replace("bank: mini", "bank: other") });
    const { code, stdout } = await runCli(["list", "--lang", "en", "--topic", "analytics", "--json"], { env: { SMM_PREP_CONTENT: `${a}:${b}` } });
    expect(code).toBe(0);
    expect(stdout).toContain('"mini/engagement-rate"');
    expect(stdout).toContain('"other/engagement-rate"');
  });
});
