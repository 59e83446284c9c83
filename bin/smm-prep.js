#!/usr/bin/env node
// CommonJS (see bin/package.json) and old syntax on purpose: it must run, and say why it cannot, on any
// Node; and the CommonJS loader starts faster than the ESM one.
"use strict";
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write("smm-prep needs Node.js 20.19 or newer; this is " + process.version + ".\n");
  process.exit(2);
}
let cli;
try {
  cli = require("../dist/main.cjs");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("dist/main.cjs")) {
    process.stderr.write("smm-prep is not built yet: run `npm install` (or `npm run build`) in its folder.\n");
    process.exit(70);
  }
  throw err;
}
cli.run();
