import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { cliParams, paramsFrom } from '../../src/mcp/cli-params.js';
import { tools } from '../../src/mcp/tools.js';
import { run } from '../helpers/run.js';

const ownWords = new Set(['meetings_show sections', 'sources checkDuplicates']);

describe('tool arguments come from the flags of the command each tool mirrors', () => {
  it("says of each argument what the command's --help says of its flag, and requires what the command requires", async () => {
    for (const [name, t] of Object.entries(tools)) {
      const help = (await run([...t.command.split(' '), '--help'], { env: { COLUMNS: '1000' } })).out.replace(/\s+/g, ' ');
      const flags = cliParams(commands, t.command);
      for (const [param, p] of Object.entries(t.params)) {
        // These say what the tool does where the flag's help speaks of a terminal: a comma-separated list, an exit code.
        if (!ownWords.has(`${name} ${param}`)) expect(help, `${name} ${param}`).toContain(p.description.replace(/\s+/g, ' '));
        const flag = [...flags].find(([key]) => key === param || (p.type === 'list' && key === 'section'));
        expect(flag, `${name} ${param}`).toBeDefined();
        expect(p.required === true, `${name} ${param}`).toBe(flag![1].required);
      }
    }
  });

  it('refuses a tool argument that names no flag of its command, listing the flags it has', () => {
    expect(() => paramsFrom(commands, 'attendance', { partie: { type: 'text' } })).toThrow(/'astana attendance' has no argument or flag 'partie' \(it has party, role, wide\)/);
  });

  it('reads flags without touching the environment, for every command', () => {
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) expect(() => cliParams(commands, name), name).not.toThrow();
  });
});
