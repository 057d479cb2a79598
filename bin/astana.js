#!/usr/bin/env node
// CommonJS (bin/package.json): on Node 20 an ES module entry alone costs ~4 ms of start-up.
'use strict';
const { isAbsolute, join } = require('node:path');

// V8's compiled code for the bundle is kept between runs (src/runtime/compile-cache.ts), with the
// tool's data cache (src/data/cache/cache.ts picks the same directory) and off where that cache is.
const env = process.env;
const absolute = (path) => (path && isAbsolute(path) ? path : undefined);
const xdg = absolute(env.XDG_CACHE_HOME);
const home = absolute(env.HOME);
const cache = env.ASTANA_NO_CACHE === '1' ? undefined : absolute(env.ASTANA_CACHE_DIR) ?? (xdg ? join(xdg, 'astana') : home ? join(home, '.cache', 'astana') : undefined);
const dist = join(__dirname, '..', 'dist');
if (cache) process.once('exit', require('../dist/compile-cache.js').cacheCompiledCode(dist, join(cache, 'v8', dist.replace(/[^\w.-]+/g, '_'))).flush);

const { installProcessHandlers, main, standardStreams } = require('../dist/astana.js');
// The handlers watch stand-ins for stdout and stderr (src/runtime/stdout.ts), so that neither stream is
// created before something is written to it.
installProcessHandlers(Object.create(process, { stdout: { value: standardStreams.stdout }, stderr: { value: standardStreams.stderr } }));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
