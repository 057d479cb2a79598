#!/usr/bin/env node
import { installProcessHandlers, main } from '../dist/astana.js';

installProcessHandlers(process);
process.exitCode = await main(process.argv.slice(2));
