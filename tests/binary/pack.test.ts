import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempHome } from "../helpers/home.js";

describe("the npm package", () => {
  it("packs into a tarball that installs into an empty folder and runs", () => {
    const out = mkdtempSync(join(tmpdir(), "smm-prep-pack-"));
    // The build already ran (npm test builds first); --ignore-scripts keeps pack from rebuilding under other tests.
    execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", out], { cwd: ROOT, stdio: "ignore" });
    const tarball = readdirSync(out).find((f) => f.endsWith(".tgz"))!;
    const listing = execFileSync("tar", ["-tzf", join(out, tarball)], { encoding: "utf8" }).split("\n");
    expect(listing).toContain("package/bin/smm-prep.js");
    expect(listing).toContain("package/dist/main.cjs");
    expect(listing).toContain("package/bin/package.json");
    expect(listing).toContain("package/dist/content/el.json");
    expect(listing.some((f) => f.startsWith("package/src/") || f.startsWith("package/tests/"))).toBe(false);

    const app = mkdtempSync(join(tmpdir(), "smm-prep-install-"));
    execFileSync("npm", ["init", "-y"], { cwd: app, stdio: "ignore" });
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(out, tarball)], { cwd: app, stdio: "ignore" });
    const run = spawnSync(join(app, "node_modules/.bin/smm-prep"), ["list", "--lang", "en"], {
      cwd: app,
      encoding: "utf8",
      env: { PATH: process.env.PATH, SMM_PREP_HOME: tempHome(), NO_COLOR: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/39 questions \(en\)\n$/);
  }, 120_000);
});
