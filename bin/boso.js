#!/usr/bin/env node
// The compiled CLI (npm run build, run by npm install through "prepare").
void require('../dist/cli/main.js').cliMain(process.argv.slice(2));
