#!/usr/bin/env node
// Checked here, in syntax every Node understands, before the built CLI (which needs 20.19) loads.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`smm-prep needs Node.js 20.19 or newer; this is ${process.version}.\n`);
  process.exit(2);
}
import("../dist/main.js").then(
  (cli) => cli.run(),
  (err) => {
    if (err?.code !== "ERR_MODULE_NOT_FOUND" || !String(err.url).endsWith("/dist/main.js")) throw err;
    process.stderr.write("smm-prep is not built yet: run `npm install` (or `npm run build`) in its folder.\n");
    process.exit(70);
  },
);
