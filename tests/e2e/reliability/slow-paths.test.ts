// Issue 13, item 15: a 100 MB history is streamed, never read into one string, through the built
// binary with a small heap. (Quadratic stats/export over many records is the house issue's.)
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempHome } from "../../support/home.js";
import { makeRecord } from "../../support/history.js";
import { spawnCli } from "../../support/spawn.js";

describe("15. a 100 MB history streams", () => {
  it("stats reads 100 MB of history in a 64 MB heap: the valid records counted, the damage reported", () => {
    const home = tempHome();
    const fd = openSync(join(home, "history.jsonl"), "w");
    // 100 blocks of 1 MiB: 1,000 damaged lines of about 1 KiB each, then one valid record.
    const junk = `${"{not json ".repeat(100)}\n`.repeat(1000);
    for (let i = 0; i < 100; i++) {
      writeSync(fd, junk);
      writeSync(fd, `${JSON.stringify(makeRecord({ session: `s${i}`, time: new Date().toISOString() }))}\n`);
    }
    closeSync(fd);
    const { code, stdout, stderr, signal } = spawnCli(["stats", "--json"], { env: { SMM_PREP_HOME: home, NODE_OPTIONS: "--max-old-space-size=64" }, timeout: 60_000 });
    expect(signal).toBeNull();
    expect(stderr).toMatch(/^warning: skipped 100000 damaged lines in .+ \(lines 1, 2, 3, 4, 5, …\); they are left in the file untouched\n$/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ attempts: 100, sessions: 100, damagedLines: 100_000 });
  }, 90_000);
});
