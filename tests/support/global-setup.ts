import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Every test run gets its own data and cache home, so nothing ever reads or writes the user's real one.
export default function setup(): () => void {
  const home = mkdtempSync(join(tmpdir(), "smm-prep-test-home-"));
  process.env.SMM_PREP_HOME = home;
  process.env.XDG_DATA_HOME = join(home, "xdg-data");
  process.env.XDG_CACHE_HOME = join(home, "xdg-cache");
  return () => rmSync(home, { recursive: true, force: true });
}
