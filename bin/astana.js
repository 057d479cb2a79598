#!/usr/bin/env node
// CommonJS (bin/package.json): on Node 20 an ES module entry alone costs ~4 ms of start-up.
'use strict';
const { join } = require('node:path');

// V8's compiled code for the bundle is kept between runs (src/runtime/compile-cache.ts), in the
// tool's cache directory (src/runtime/cache-dir.ts decides where, or that there is none).
const dist = join(__dirname, '..', 'dist');
const flush = require('../dist/compile-cache.js').startCompiledCodeCache(dist, process.env, process.argv.slice(2), process.cwd());
if (flush) process.once('exit', flush);

const { installProcessHandlers, main, standardStreams } = require('../dist/astana.js');
// The handlers watch stand-ins for stdout and stderr (src/runtime/stdout.ts), so that neither
// stream is created before something is written to it.
installProcessHandlers(Object.create(process, { stdout: { value: standardStreams.stdout }, stderr: { value: standardStreams.stderr } }));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
