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
export function caseDir(name?: string, options: { remove?: string[]; group?: 'invalid' | 'bad' } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'astana-test-'));
  made.push(dir);
  cpSync(join(fixtures, 'mini'), dir, { recursive: true });
  // verbatimSymlinks: the bad-input fixtures include a symlink loop and a dangling link.
  if (name !== undefined) cpSync(join(fixtures, options.group ?? 'invalid', name), dir, { recursive: true, verbatimSymlinks: true });
  for (const path of options.remove ?? []) rmSync(join(dir, path), { recursive: true, force: true });
  return dir;
}

/** A copy of fixtures/mini with one bad-input case from fixtures/bad/<name> laid over it. */
export const badCase = (name: string): string => caseDir(name, { group: 'bad' });
