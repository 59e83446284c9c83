import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { tempHome } from "../support/home.js";
import { daysAgo, makeRecord, writeHistory } from "../support/history.js";
import { runCli } from "../support/io.js";

const mini = () => ["--content", contentDir({ "en/mini.yaml": MINI_BANK })];
const q = "mini/engagement-rate";

/** Two sessions over three days up to today: yesterday (2 answers) and today (2 answers), plus one Russian answer 5 days ago. */
function practisedHome(): string {
  const home = tempHome();
  writeHistory(home, [
    makeRecord({ session: "old", time: daysAgo(5), question: "faq/engagement-rate", lang: "ru", score: 90, passed: true, missed: [] }),
    makeRecord({ session: "a", time: daysAgo(1), question: q, score: 33, missed: ["numerator"], hit: ["denominator"] }),
    makeRecord({ session: "a", time: daysAgo(1), question: "interview/account-goals", topic: "strategy", score: 0, missed: ["conversions"], hit: [] }),
    makeRecord({ session: "b", time: daysAgo(0), question: q, score: 67, passed: true, missed: ["denominator"], hit: [] , overrides: ["numerator"] }),
    makeRecord({ session: "b", time: daysAgo(0), question: q, score: 33, missed: ["numerator"], hit: ["denominator"], try: 2 }),
  ]);
  return home;
}

describe("stats", () => {
  it("says how to start when there is no history", async () => {
    const { code, stdout, stderr } = await runCli(["stats"]);
    expect(code).toBe(0);
    expect(stdout).toBe("No practice recorded yet. Start with: npx smm-prep quiz\n");
    expect(stderr).toBe("");
    expect(JSON.parse((await runCli(["stats", "--json"])).stdout)).toMatchObject({ attempts: 0, sessions: 0 });
  });

  it("shows sessions, the average, the streak, the chart, a bar per topic, missed and overridden concepts", async () => {
    const { code, stdout, stderr } = await runCli([...mini(), "stats"], { env: { SMM_PREP_HOME: practisedHome(), TZ: "UTC" } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Practice statistics\n3 sessions · 5 answers · 3 questions\nAverage score 44.6% · passed 2 of 5\n🔥 Streak: 2 days in a row · longest 2\n");
    expect(stdout).toContain("Average score by practice day\n100┤");
    // Three practice days, three columns of three cells: 90% (5 days ago), 16.5% (yesterday), 50% (today).
    expect(stdout).toContain("100┤▄▄▄\n   ┤███\n 50┤███     ▄▄▄\n   ┤███     ███\n  0┤███ ▇▇▇ ███\n");
    expect(stdout).toMatch(/\n {4}\d\d-\d\d \d\d-\d\d\n/);
    expect(stdout).toMatch(/By topic\n {2}strategy +░+ 0% +\(1\)\n {2}analytics +█+░+ 55\.8% +\(4\)\n/);
    expect(stdout).toContain("Most-missed concepts\n  ✘ Counts all engagements (mini/engagement-rate · missed in 2 of 3 answers)\n");
    // A built-in bank's label, as the content reads today; wrapped where the terminal is narrow.
    expect(stdout.replace(/\s+/g, " ")).toContain("✘ Make conversions the main goal: leads, sales (interview/account-goals · missed in 1 of 1 answer)");
    expect(stdout).toContain("Your “I covered this” overrides (where the grader may be too strict)\n  ↺ Counts all engagements (mini/engagement-rate · in 1 of 3 answers)\n");
  });

  it("--json has the counts, the streak and the override counts per concept", async () => {
    const { code, stdout } = await runCli([...mini(), "stats", "--json"], { env: { SMM_PREP_HOME: practisedHome(), TZ: "UTC" } });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ attempts: 5, sessions: 3, questions: 3, passed: 2, average: 44.6, streak: { current: 2, longest: 2, practisedToday: true }, damagedLines: 0 });
    expect(json.overrides).toEqual([{ question: q, concept: "numerator", count: 1, of: 3, label: "Counts all engagements" }]);
    expect(json.days).toHaveLength(3);
    expect(json.topics.map((t: { topic: string }) => t.topic)).toEqual(["strategy", "analytics"]);
  });

  it("--lang narrows to one language and speaks it; --since narrows to recent days", async () => {
    const env = { SMM_PREP_HOME: practisedHome(), TZ: "UTC" };
    const ru = await runCli([...mini(), "stats", "--lang", "ru"], { env });
    expect(ru.stdout).toContain("Статистика занятий · русский\n1 сессия · 1 ответ · 1 вопрос\nСредний балл 90\u00a0% · зачтено 1 из 1\n🔥 Серия: 2 дня подряд · рекорд 2\n");
    const since = JSON.parse((await runCli([...mini(), "stats", "--since", daysAgo(1).slice(0, 10), "--json"], { env })).stdout);
    expect(since).toMatchObject({ attempts: 4, sessions: 2, filter: { since: daysAgo(1).slice(0, 10), lang: null } });
    // The streak is the person's, whatever the filter.
    expect(since.streak.current).toBe(2);
  });

  it("says so when the filter leaves nothing", async () => {
    const { stdout } = await runCli(["stats", "--lang", "el"], { env: { SMM_PREP_HOME: practisedHome(), TZ: "UTC" } });
    expect(stdout).toBe("Στατιστικά εξάσκησης · ελληνικά\nΔεν υπάρχει εξάσκηση για αυτή την επιλογή.\n");
  });

  it("skips a damaged last line with a warning and leaves it in the file, byte for byte", async () => {
    const home = tempHome();
    const torn = '{"v":1,"time":"2025-03-01T10:00:00.000Z","session":"x","quest';
    const file = writeHistory(home, [makeRecord({ time: daysAgo(0) }), makeRecord({ time: daysAgo(0), score: 100 }), torn]);
    const before = readFileSync(file);
    const { code, stdout, stderr } = await runCli(["stats", "--json"], { env: { SMM_PREP_HOME: home } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ attempts: 2, damagedLines: 1 });
    expect(stderr).toBe(`warning: skipped a damaged line in ${file} (line 3); it is left in the file untouched\n`);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readFileSync(file, "utf8").endsWith(torn)).toBe(true);
  });

  it("draws at most what fits the width, and says so", async () => {
    const home = tempHome();
    writeHistory(home, Array.from({ length: 40 }, (_, i) => makeRecord({ time: daysAgo(i), score: (i * 7) % 100 })));
    const { stdout } = await runCli(["stats"], { env: { SMM_PREP_HOME: home, TZ: "UTC", COLUMNS: "40" } });
    expect(stdout).toContain("(the last 17 of 40 practice days)");
    expect(stdout).toContain("🔥 Streak: 40 days in a row · longest 40");
    for (const line of stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(40);
  });
});
