#!/usr/bin/env node
import { main } from '../dist/astana.js';

// Output piped into `head` closes early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.on('SIGINT', () => process.exit(130));

process.exitCode = await main(process.argv.slice(2));
