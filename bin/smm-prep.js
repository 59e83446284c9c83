#!/usr/bin/env node
// Checked here, in syntax every Node understands, before the built CLI (which needs 20.19) loads.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`smm-prep needs Node.js 20.19 or newer; this is ${process.version}.\n`);
  process.exit(2);
}
import("../dist/main.js").then((m) => m.run());
