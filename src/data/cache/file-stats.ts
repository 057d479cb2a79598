import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What git's index keeps of a file to tell that it has not changed without reading it. The
 * change time is the one a user cannot set: an edit that restores the size and the modification
 * time (`touch -d`) still moves it.
 */
export interface FileStat {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

/** The stats of `paths` under `root`; undefined when one cannot be read. */
export function statFiles(root: string, paths: readonly string[]): FileStat[] | undefined {
  const stats: FileStat[] = [];
  for (const path of paths) {
    const s = statSync(join(root, path), { throwIfNoEntry: false });
    if (!s) return undefined;
    stats.push({ path, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });
  }
  return stats;
}

export function sameStats(a: readonly FileStat[], b: readonly FileStat[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return x.path === y.path && x.size === y.size && x.mtimeMs === y.mtimeMs && x.ctimeMs === y.ctimeMs && x.ino === y.ino;
    })
  );
}

/**
 * File times come from a coarse clock: a file changed within the same tick as it was last read
 * keeps its times. So, as git does with "racily clean" entries, stats are only trusted for files
 * that last changed a while before they were recorded.
 */
export const settleMs = 1000;

export function settled(stats: readonly FileStat[], now: number): boolean {
  return stats.every((s) => s.mtimeMs < now - settleMs && s.ctimeMs < now - settleMs);
}
