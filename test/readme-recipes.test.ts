import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtures, repoRoot, run } from './helpers/run.js';
import { hasJq, inCi, skipNotes } from './helpers/tools.js';

// The recipes live in the JSON reference.
const readme = readFileSync(`${repoRoot}docs/json.md`, 'utf8');
const jq = hasJq();
if (!jq && inCi()) throw new Error(skipNotes.jq);
if (!jq) process.stderr.write(`${skipNotes.jq}\n`);

/** The jq filter of the documented recipe that starts with `command`. */
function recipe(command: string): string {
  const line = readme.split('\n').find((l) => l.startsWith(`${command} | jq -r '`));
  if (!line) throw new Error(`no recipe for ${command}`);
  return line.slice(line.indexOf("jq -r '") + 7, -1);
}

describe.runIf(jq)('the jq recipes of docs/json.md', () => {
  it('the UN head recipe tells unknown, disputed and known heads apart', async () => {
    // The fixture's round 2 has a UN head disputed between two people; round 1 none at all.
    // The fixture's round 1 records the UN neither present nor absent; 9 and 10 are added here.
    const json = (await run(['attendance', '--party', 'un', '--format', 'json', '--data', `${fixtures}/mini`])).out;
    const withUnknown = JSON.stringify([...JSON.parse(json), { round: 9, party: 'un', role: 'observer' }, { round: 10, party: 'un', role: 'observer', head: { disputed: false, name: 'Envoy A', sources: [] } }]);
    const lines = execFileSync('jq', ['-r', recipe('astana attendance --party un --format json')], { input: withUnknown, encoding: 'utf8' }).trim().split('\n');
    expect(lines).toEqual(['1\tattendance unknown', '2\tdisputed: Envoy A / Envoy B', '9\thead unknown', '10\tEnvoy A']);
  });
});
