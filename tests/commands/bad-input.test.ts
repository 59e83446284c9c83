import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../helpers/banks.js";
import { runCli } from "../helpers/io.js";

// Every bad input: the command line, the files it sees, and the one message it must print (exit 2).
const CASES: Array<[string, string[], Record<string, string | Buffer> | null, RegExp]> = [
  ["an unknown question, with a did-you-mean", ["show", "faq/engagment-rate"], null, /^smm-prep: unknown question 'faq\/engagment-rate' \(did you mean 'faq\/engagement-rate'\?\)/],
  ["a question in no such language", ["show", "mini/engagement-rate", "--lang", "ru"], { "en/mini.yaml": MINI_BANK }, /^smm-prep: question mini\/engagement-rate has no 'ru' version; it exists in: en$/],
  ["an unknown bank", ["list", "--bank", "fqa"], null, /^smm-prep: unknown bank 'fqa' \(did you mean 'faq'\?\)/],
  ["an unknown topic", ["list", "--topic", "analytic"], null, /^smm-prep: unknown topic 'analytic' \(did you mean 'analytics'\?\)/],
  ["an unsupported language", ["list", "--lang", "de"], null, /^error: option '-l, --lang <lang>' argument 'de' is invalid\. Allowed choices are ru, el, en\.$/],
  ["an unsupported $SMM_PREP_LANG", ["list"], null, /^smm-prep: unsupported language 'fr' in \$SMM_PREP_LANG; choose one of: ru, el, en$/],
  ["an unknown flag", ["list", "--colour"], null, /^error: unknown option '--colour'/],
  ["an unknown command", ["lst"], null, /^error: unknown command 'lst'\n\(Did you mean list\?\)$/],
  ["a missing content directory", ["--content", "/nonexistent/banks", "list"], null, /^smm-prep: cannot read content directory \/nonexistent\/banks: no such directory$/],
  ["an invalid bank file", ["list"], { "en/mini.yaml": MINI_BANK.replace("keywords: [followers", "keyowrds: [followers") }, /en\/mini\.yaml:20:11: unknown key 'keyowrds' in a concept \(did you mean 'keywords'\?\)\n.*\nsmm-prep: 2 problems in the question banks above/],
  ["a file that is not UTF-8", ["list"], { "en/mini.yaml": Buffer.from([0x62, 0x61, 0x6e, 0x6b, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) }, /en\/mini\.yaml:1:1: file is not valid UTF-8 text; save it as UTF-8\n/],
  ["a file over the size cap", ["list"], { "en/mini.yaml": `${MINI_BANK}#${"x".repeat(2 * 1024 * 1024)}\n` }, /en\/mini\.yaml:1:1: file is \d+ bytes; bank files are limited to 2097152 bytes \(2 MiB\)\n/],
  ["an unsupported language folder", ["list"], { "de/mini.yaml": MINI_BANK }, /de\/mini\.yaml:1:1: unsupported language folder 'de'/],
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
