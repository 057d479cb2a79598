// The bundle's entry (dist/astana.js): what bin/astana.js runs and what the build writes with.
export { main } from './cli.js';
export { installProcessHandlers } from './runtime/process-handlers.js';
export { standardStreams } from './runtime/stdout.js';
export { writeSnapshot } from './data/cache/snapshot.js';
export { writeSearchIndex } from './data/cache/search-index.js';
