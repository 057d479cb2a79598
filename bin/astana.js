#!/usr/bin/env node
// CommonJS (bin/package.json): on Node 20 an ES module entry alone costs ~4 ms of start-up.
'use strict';
const { join } = require('node:path');
const { enableCompileCache } = require('node:module');

// Node >= 22.1 can keep V8's compiled code between runs. It lives with the tool's data cache
// (src/data/cache.ts picks the same directory) and is off where that cache is.
const env = process.env;
const cache = env.ASTANA_NO_CACHE === '1' ? undefined : env.ASTANA_CACHE_DIR || (env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'astana') : env.HOME ? join(env.HOME, '.cache', 'astana') : undefined);
if (enableCompileCache && cache) enableCompileCache(join(cache, 'compile'));

const { installProcessHandlers, main } = require('../dist/astana.js');
installProcessHandlers(process);
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
