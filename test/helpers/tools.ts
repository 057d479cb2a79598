import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Debian's chromium, the only browser the browser tests drive (nothing is downloaded). */
export const chromiumPath = '/usr/bin/chromium';

export const hasChromium = (): boolean => existsSync(chromiumPath);

export const hasSqlite3 = (): boolean => spawnSync('sqlite3', ['-version'], { stdio: 'ignore' }).status === 0;

export const hasJq = (): boolean => spawnSync('jq', ['--version'], { stdio: 'ignore' }).status === 0;

/** In CI a missing tool fails its tests; elsewhere they are skipped, with one line saying so. */
export const inCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

export const skipNotes = {
  chromium: `browser tests skipped: no ${chromiumPath}; install it with 'apt-get install -y chromium' to run them`,
  sqlite3: "sqlite3 command tests skipped: no sqlite3; install it with 'apt-get install -y sqlite3' to run them",
  jq: "README jq recipe tests skipped: no jq; install it with 'apt-get install -y jq' to run them",
};
