import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { tempHome } from "../support/home.js";
import { daysAgo, makeRecord, writeHistory } from "../support/history.js";
import { runCli } from "../support/io.js";

const RU_MINI = MINI_BANK.replace("lang: en", "lang: ru");
const banks = () => ["--content", contentDir({ "en/mini.yaml": MINI_BANK, "ru/mini.yaml": RU_MINI })];
const day = (n: number) => daysAgo(n).slice(0, 10);

/** Four built-in questions and the mini one, practised on different days with different scores. */
function practised(): string {
  const home = tempHome();
  writeHistory(home, [
    makeRecord({ question: "faq/what-is-smm", time: daysAgo(20), score: 20 }), // due 19 days ago
    makeRecord({ question: "faq/marketing-cost", time: daysAgo(10), score: 50 }), // due 8 days ago
    makeRecord({ question: "faq/is-it-a-real-job", time: daysAgo(3), score: 70 }), // due today
    makeRecord({ question: "interview/account-goals", time: daysAgo(1), score: 95 }), // due in 7 days
    makeRecord({ question: "mini/engagement-rate", time: daysAgo(2), score: 10, lang: "ru" }), // due yesterday
  ]);
  return home;
}

const review = async (args: string[], home: string) => {
  const result = await runCli([...banks(), "review", "--json", ...args], { env: { SMM_PREP_HOME: home, TZ: "UTC" } });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe("review --json: what would be asked, without starting", () => {
  it("lists the due questions, most overdue first, in the session language", async () => {
    const json = await review([], practised());
    expect(json).toMatchObject({ lang: "en", mode: "due", today: day(0), practised: 5, available: 4, leftOut: 0, next: { question: "interview/account-goals", due: day(-7) } });
    expect(json.questions.map((q: { question: string; overdue: number }) => [q.question, q.overdue])).toEqual([
      ["faq/what-is-smm", 19],
      ["faq/marketing-cost", 8],
      ["mini/engagement-rate", 1],
      ["faq/is-it-a-real-job", 0],
    ]);
  });

  it("--count caps the list", async () => {
    const json = await review(["--count", "2"], practised());
    expect(json.questions.map((q: { question: string }) => q.question)).toEqual(["faq/what-is-smm", "faq/marketing-cost"]);
    expect(json.available).toBe(4);
  });

  it("--cram takes the weakest questions, due or not", async () => {
    const json = await review(["--cram", "--count", "3"], practised());
    expect(json.mode).toBe("cram");
    expect(json.questions.map((q: { question: string; latest: number }) => [q.question, q.latest])).toEqual([
      ["mini/engagement-rate", 10],
      ["faq/what-is-smm", 20],
      ["faq/marketing-cost", 50],
    ]);
  });

  it("--until brings a question due after the interview back before it", async () => {
    const json = await review(["--until", day(-2)], practised());
    expect(json.until).toBe(day(-2));
    expect(json.questions.map((q: { question: string }) => q.question)).toEqual(["faq/what-is-smm", "faq/marketing-cost", "mini/engagement-rate", "faq/is-it-a-real-job"]);
    expect(json.next).toEqual({ question: "interview/account-goals", due: day(-1) });
    const tomorrow = await review(["--until", day(-1)], practised());
    expect(tomorrow.questions.map((q: { question: string }) => q.question)).toContain("interview/account-goals");
  });

  it("leaves out questions that have no version in the session language", async () => {
    const json = await review(["--lang", "ru"], practised());
    expect(json).toMatchObject({ lang: "ru", leftOut: 0 });
    expect(json.questions.map((q: { question: string }) => q.question)).toContain("mini/engagement-rate");
    const bare = JSON.parse((await runCli(["review", "--json", "--lang", "el"], { env: { SMM_PREP_HOME: practised(), TZ: "UTC" } })).stdout);
    expect(bare).toMatchObject({ leftOut: 1, practised: 5, available: 3 });
  });
});

describe("review with nothing to ask", () => {
  it("says when the next question is due and offers --cram", async () => {
    const home = tempHome();
    writeHistory(home, [makeRecord({ question: "faq/what-is-smm", time: daysAgo(0), score: 90 })]);
    const { code, stdout } = await runCli(["review", "--new", "0"], { env: { SMM_PREP_HOME: home, TZ: "UTC" } });
    expect(code).toBe(0);
    expect(stdout).toBe(`Nothing is due for review today. Next up: faq/what-is-smm on ${day(-8)}.\nTo practise your weakest questions now: npx smm-prep review --cram\n`);
  });

  it("says so in the session language", async () => {
    const home = tempHome();
    writeHistory(home, [makeRecord({ question: "faq/what-is-smm", time: daysAgo(0), score: 90, lang: "el" })]);
    const { stdout } = await runCli(["review", "--lang", "el", "--new", "0"], { env: { SMM_PREP_HOME: home, TZ: "UTC", COLUMNS: "200" } });
    expect(stdout).toContain(`Σήμερα δεν υπάρχει τίποτα για επανάληψη. Επόμενη: faq/what-is-smm στις ${day(-8)}.`);
  });

  it("with --new 0, sends a newcomer to the quiz", async () => {
    const { code, stdout } = await runCli(["review", "--new", "0"]);
    expect(code).toBe(0);
    expect(stdout).toBe("Nothing to review yet: practise first with npx smm-prep quiz\n");
  });
});

describe("new cards", () => {
  it("a newcomer's review brings in five never-practised questions", async () => {
    const json = JSON.parse((await runCli(["review", "--json"])).stdout);
    expect(json).toMatchObject({ practised: 0, newPerDay: 5, newToday: 0, questions: [] });
    expect(json.newQuestions).toHaveLength(5);
    const { stdout } = await runCli(["review"], { stdin: "engagement\n" });
    expect(stdout).toMatch(/^5 new questions, never practised \(at most 5 new a day; --new N changes it\)\.\n/);
  });

  it("at most --new a day, counting the questions first practised earlier today", async () => {
    const home = tempHome();
    writeHistory(home, [
      makeRecord({ question: "faq/what-is-smm", time: daysAgo(0), score: 90 }),
      makeRecord({ question: "faq/marketing-cost", time: daysAgo(0), score: 90 }),
      makeRecord({ question: "faq/is-it-a-real-job", time: daysAgo(3), score: 90 }),
    ]);
    const env = { SMM_PREP_HOME: home, TZ: "UTC" };
    const json = JSON.parse((await runCli(["review", "--json", "--new", "3"], { env })).stdout);
    expect(json).toMatchObject({ newPerDay: 3, newToday: 2 });
    expect(json.newQuestions).toHaveLength(1);
    expect(json.newQuestions[0]).not.toMatch(/^faq\/(what-is-smm|marketing-cost|is-it-a-real-job)$/);
    const none = JSON.parse((await runCli(["review", "--json", "--new", "2"], { env })).stdout);
    expect(none.newQuestions).toEqual([]);
  });

  it("--new must be a whole number, and makes no sense with --cram", async () => {
    expect(await runCli(["review", "--new", "-1"])).toMatchObject({ code: 2, stderr: "smm-prep: --new must be a whole number from 0 to 1000, not '-1'\n" });
    expect((await runCli(["review", "--cram", "--new", "2"])).code).toBe(2);
  });
});
