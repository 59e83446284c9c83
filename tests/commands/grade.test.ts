import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { runCli } from "../support/io.js";

const mini = () => ["--content", contentDir({ "en/mini.yaml": MINI_BANK })];

describe("grade", () => {
  it("grades --answer and prints the JSON verdict", async () => {
    const { code, stdout } = await runCli([...mini(), "grade", "mini/engagement-rate", "--answer", "Total engagements divided by reach.", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      question: "mini/engagement-rate",
      lang: "en",
      score: 100,
      pass: 50,
      passed: true,
      empty: false,
      list: false,
      stuffed: false,
      concepts: [
        { id: "numerator", label: "Counts all engagements", weight: 2, hit: true, matches: ["engagements"] },
        { id: "denominator", label: "Divides by followers or reach", weight: 1, hit: true, matches: ["reach"] },
      ],
      redFlags: [{ id: "likes-only", label: "Only counts likes", hit: false, matches: [] }],
    });
  });

  it("reads the answer from piped standard input", async () => {
    const { code, stdout } = await runCli([...mini(), "grade", "mini/engagement-rate", "--json"], { stdin: "I count only likes and divide by followers.\n" });
    expect(code).toBe(0);
    const grade = JSON.parse(stdout);
    expect(grade).toMatchObject({ score: 33, passed: false });
    expect(grade.redFlags[0]).toMatchObject({ hit: true, matches: ["only likes"] });
  });

  it("shows the feedback: score bar, covered, missed, red flags and the model answer", async () => {
    const { stdout } = await runCli([...mini(), "grade", "mini/engagement-rate", "--answer", "Only likes, divided by followers"]);
    expect(stdout).toMatch(/^Score [█░]+ 33% {2}✘ not passed \(pass mark 50%\)\n/);
    expect(stdout).toContain("✔ Divides by followers or reach ← “followers”");
    expect(stdout).toContain("✘ Counts all engagements");
    expect(stdout).toContain("⚠ Only counts likes ← “Only likes”");
    expect(stdout).toContain("Model answer\n  I add up likes");
  });

  it("grades an empty answer as 0 with a friendly note", async () => {
    const { code, stdout } = await runCli([...mini(), "grade", "mini/engagement-rate", "--answer", "  \n\t "]);
    expect(code).toBe(0);
    expect(stdout).toContain("0%");
    expect(stdout).toContain("The answer was empty, so there was nothing to grade.");
  });

  it("speaks the question's language", async () => {
    const { stdout } = await runCli(["grade", "faq/engagement-rate", "--lang", "el", "--answer", "Δεν ξέρω"]);
    expect(stdout).toContain("Υποδειγματική απάντηση");
  });

  it.each([
    ["no answer and a terminal", ["grade", "faq/engagement-rate"], { tty: true }, /^smm-prep: no answer to grade: pass --answer "\.\.\." or pipe it in, e\.g\. echo "my answer" \| smm-prep grade faq\/engagement-rate\n$/],
    ["an unknown question", ["grade", "faq/engagment", "--answer", "x"], {}, /^smm-prep: unknown question 'faq\/engagment' \(did you mean 'faq\/engagement-rate'\?\)/],
    ["an unknown language", ["grade", "faq/engagement-rate", "--lang", "fr", "--answer", "x"], {}, /^smm-prep: unsupported language 'fr'; choose one of: ru, el, en\n$/],
    ["invalid UTF-8 on standard input", ["grade", "faq/engagement-rate"], { stdin: Buffer.from([0x61, 0xff, 0xfe]) }, /^smm-prep: the answer on standard input is not valid UTF-8 text\n$/],
    ["an answer over the size cap", ["grade", "faq/engagement-rate"], { stdin: "word ".repeat(220_000) }, /^smm-prep: the answer is too long to grade: 1,100,000 characters, the limit is 1,000,000\n$/],
  ] as Array<[string, string[], { tty?: boolean; stdin?: string | Buffer }, RegExp]>)("exits 2 on %s", async (_name, args, opts, message) => {
    const run = await runCli(args, opts);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});
