// The built binary prints commands that run in the user's setup: `npx smm-prep` unless smm-prep is on PATH.
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE } from "../support/session.js";
import { spawnCli } from "../support/spawn.js";

const SESSION = ["--content", FIXTURE, "quiz", "--bank", "drill", "--count", "1", "--seed", "7", "--no-history"];

/** A folder holding an executable `smm-prep`, as a global install leaves one. */
function globalInstall(): string {
  const dir = mkdtempSync(join(tmpdir(), "smm-prep-bin-"));
  writeFileSync(join(dir, "smm-prep"), "#!/bin/sh\n");
  chmodSync(join(dir, "smm-prep"), 0o755);
  return dir;
}

describe("suggested commands", () => {
  it("run as `node bin/smm-prep.js` in a clone (not on PATH): every command is npx smm-prep", () => {
    const { code, stdout } = spawnCli(SESSION, { input: "no idea\n", env: { PATH: "/usr/bin:/bin" } });
    expect(code).toBe(0);
    expect(stdout).toContain("$ npx smm-prep show drill/engagement --lang en");
    expect(stdout).toContain("$ npx smm-prep quiz --lang en --bank drill --count 1 --seed 7");
    expect(stdout).not.toMatch(/\$ smm-prep/);
  });

  it("with smm-prep on PATH: smm-prep", () => {
    const { stdout } = spawnCli(SESSION, { input: "no idea\n", env: { PATH: `/usr/bin:${globalInstall()}` } });
    expect(stdout).toContain("$ smm-prep quiz --lang en --bank drill --count 1 --seed 7");
  });

  it("run by npx (npm_command=exec): npx smm-prep, though a global one is on PATH", () => {
    const { stdout } = spawnCli(["stats"], { env: { npm_command: "exec", PATH: globalInstall() } });
    expect(stdout).toBe("No practice recorded yet. Start with: npx smm-prep quiz\n");
  });
});
