// `npm run pack`: the tarball to publish. It is packed from a staging folder whose package.json has no
// scripts and no devDependencies: everything is bundled into dist/, and a `prepare` script in the
// published manifest would make npm warn about (and, once allowed, try to run) a build on install.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = resolve(process.argv[2] ?? root);
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown> & { files: string[] };
const stage = mkdtempSync(join(tmpdir(), "smm-prep-stage-"));
try {
  for (const entry of [...pkg.files, "LICENSE"]) cpSync(join(root, entry), join(stage, entry), { recursive: true });
  const { scripts: _scripts, devDependencies: _dev, allowScripts: _allow, ...published } = pkg;
  writeFileSync(join(stage, "package.json"), `${JSON.stringify(published, null, 2)}\n`);
  execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", out], { cwd: stage, stdio: "inherit" });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
