#!/usr/bin/env node
// The collection server; built from src/server/main.ts by `npm run build`.
require('../dist/server/main.js');
