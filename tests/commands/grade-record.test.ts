import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRecord } from "../../src/practice/history-record.js";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { tempHome } from "../support/home.js";
import { runCli } from "../support/io.js";

const mini = () => ["--content", contentDir({ "en/mini.yaml": MINI_BANK })];

describe("grade --record", () => {
  it("adds the graded answer to the history, owner-only", async () => {
    const home = tempHome();
    const { code, stdout } = await runCli([...mini(), "grade", "mini/engagement-rate", "--answer", "Only likes, divided by followers", "--record", "--json"], { env: { SMM_PREP_HOME: home } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).score).toBe(33);
    const file = join(home, "history.jsonl");
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines).toHaveLength(2);
    expect(parseRecord(lines[0]!)).toMatchObject({ question: "mini/engagement-rate", lang: "en", topic: "analytics", score: 33, passed: false, hit: ["denominator"], missed: ["numerator"], redFlags: ["likes-only"], seconds: null, overrides: [], try: 1 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("records nothing without --record", async () => {
    const home = tempHome();
    await runCli([...mini(), "grade", "mini/engagement-rate", "--answer", "engagements and reach"], { env: { SMM_PREP_HOME: home } });
    expect(existsSync(join(home, "history.jsonl"))).toBe(false);
  });

  it("still grades, with one warning, when the data directory cannot be written", async () => {
    const home = tempHome();
    writeFileSync(join(home, "blocker"), "");
    const { code, stdout, stderr } = await runCli([...mini(), "grade", "mini/engagement-rate", "--answer", "engagements and reach", "--record", "--json"], {
      env: { SMM_PREP_HOME: join(home, "blocker", "smm") },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).score).toBe(100);
    expect(stderr).toBe(`warning: practice history is off for this session: cannot write ${join(home, "blocker", "smm", "history.jsonl")} (a parent is not a directory)\n`);
  });
});
