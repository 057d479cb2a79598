import { hasChromium, hasSqlite3, inCi, skipNotes } from '../helpers/tools.js';

/** Runs once before the suite: says which tests a missing system tool skips, and how to run them. */
export default function setup(): void {
  if (inCi()) return;
  if (!hasChromium()) process.stderr.write(`${skipNotes.chromium}\n`);
  if (!hasSqlite3()) process.stderr.write(`${skipNotes.sqlite3}\n`);
}
