#!/usr/bin/env node
// Entry point installed as `flare`; the compiled CLI lives in dist/ (built by `npm ci` through `prepare`).
require("../dist/src/cli/main.js").main(process.argv);
