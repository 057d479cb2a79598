import { spawnSync } from 'node:child_process';
import { PagerError } from '../errors.js';

/**
 * Shows text through a pager, as git and gh do: $ASTANA_PAGER, else $PAGER, else `less -FRX`
 * (quit if it fits one screen, keep colours, leave the text on screen). `cat` or an empty value
 * turns paging off. A pager that cannot be started is said so, and the text written directly; one
 * that fails or is killed is an error, since the text may not have been seen (quitting less with
 * `q` before the end is not: it exits 0).
 */
export function pageText(text: string, env: Readonly<Record<string, string | undefined>>, direct: (text: string) => void, warn: (line: string) => void): void {
  const pager = (env.ASTANA_PAGER ?? env.PAGER ?? 'less -FRX').trim();
  if (pager === '' || pager === 'cat') return direct(text);
  const result = spawnSync(pager, {
    shell: true,
    input: text,
    // The pager's own complaints are kept, so that a shell's "not found" does not precede ours.
    stdio: ['pipe', 'inherit', 'pipe'],
    // less reads its options from LESS; give it git's defaults when the user has none.
    env: { ...env, LESS: env.LESS ?? 'FRX' },
  });
  const complaint = result.stderr?.toString().trim() ?? '';
  if ((result.error && (result.error as NodeJS.ErrnoException).code !== 'EPIPE') || (result.status === 127 && result.signal === null)) {
    warn(`the pager '${pager}' could not be started${complaint ? ` (${complaint.split('\n')[0]})` : ''}; printing without it`);
    return direct(text);
  }
  if (complaint !== '') warn(`the pager '${pager}' said: ${complaint.split('\n')[0]}`);
  if (result.signal) throw new PagerError(`the pager '${pager}' was killed (${result.signal}); the output may not have been shown`);
  if (result.status !== 0) throw new PagerError(`the pager '${pager}' exited with status ${result.status}; the output may not have been shown`, result.status ?? undefined);
}
