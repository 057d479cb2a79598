import { spawnSync } from 'node:child_process';

/**
 * Shows text through a pager, as git and gh do: $ASTANA_PAGER, else $PAGER, else `less -FRX`
 * (quit if it fits one screen, keep colours, leave the text on screen). `cat` or an empty value
 * turns paging off. A pager that cannot be started means the text is written directly.
 */
export function pageText(text: string, env: Readonly<Record<string, string | undefined>>): void {
  const pager = (env.ASTANA_PAGER ?? env.PAGER ?? 'less -FRX').trim();
  if (pager === '' || pager === 'cat') return void process.stdout.write(text);
  const result = spawnSync(pager, {
    shell: true,
    input: text,
    stdio: ['pipe', 'inherit', 'inherit'],
    // less reads its options from LESS; give it git's defaults when the user has none.
    env: { ...env, LESS: env.LESS ?? 'FRX' },
  });
  if (result.error || (result.status === 127 && result.signal === null)) process.stdout.write(text);
}
