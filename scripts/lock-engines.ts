// Checks that every package a lockfile installs accepts the oldest Node that package.json's `engines`
// allows. A lockfile regenerated on a newer Node can pull a release that dropped Node 20; this finds it.
// Usage: tsx scripts/lock-engines.ts [package-lock.json]   (exit 1 and one line per package when any)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { fileURLToPath } from "node:url";

/** The packages of a lockfile whose `engines.node` excludes `node`, as "name@version needs range". */
export function enginesExcluding(lock: { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> }, node: string): string[] {
  const found: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    // Old packages sometimes list engines as an array; npm ignores that form, and so do we.
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (path === "" || !range || semver.satisfies(node, range, { includePrerelease: true })) continue;
    found.push(`${path.replace(/^.*node_modules\//, "")}@${entry.version} needs node ${range}`);
  }
  return found;
}

/** The oldest Node version that a package.json's `engines.node` range allows. */
export function oldestNode(pkg: { engines: { node: string } }): string {
  return semver.minVersion(pkg.engines.node)!.version;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const lockFile = process.argv[2] ?? join(root, "package-lock.json");
  const node = oldestNode(JSON.parse(readFileSync(join(root, "package.json"), "utf8")));
  const bad = enginesExcluding(JSON.parse(readFileSync(lockFile, "utf8")), node);
  for (const line of bad) console.error(`${lockFile}: ${line}, not ${node}`);
  console.log(bad.length === 0 ? `every package in ${lockFile} runs on Node ${node}` : `${bad.length} package(s) need a newer Node than ${node}`);
  process.exitCode = bad.length === 0 ? 0 : 1;
}
