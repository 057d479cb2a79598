import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { fixtures } from './run.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A copy of the small valid dataset (fixtures/mini) with one case's files laid over it, so each
 * broken file in fixtures/invalid/<case>/ differs from a valid dataset in one way only.
 */
export function caseDir(name?: string, options: { remove?: string[] } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'astana-test-'));
  made.push(dir);
  cpSync(join(fixtures, 'mini'), dir, { recursive: true });
  if (name !== undefined) cpSync(join(fixtures, 'invalid', name), dir, { recursive: true });
  for (const path of options.remove ?? []) rmSync(join(dir, path), { recursive: true, force: true });
  return dir;
}
