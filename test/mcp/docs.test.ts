import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tools } from '../../src/mcp/tools.js';
import { spawnServer } from '../helpers/mcp.js';
import { repoRoot } from '../helpers/run.js';

// The reference holds the section; the README names the tools and points to it.
const reference = readFileSync(`${repoRoot}docs/commands.md`, 'utf8');
const readme = readFileSync(`${repoRoot}README.md`, 'utf8');
const section = reference.slice(reference.indexOf('### `astana mcp`'), reference.indexOf('### `astana validate'));

describe('docs/commands.md: astana mcp', () => {
  it('has a row for every tool, with its arguments and its command, and no other', () => {
    const rows = [...section.matchAll(/^\| `([a-z_]+)` \| (.*?) \| `astana ([a-z ]+?)(?: --format json)?`:/gm)];
    expect(rows.map((r) => r[1])).toEqual(Object.keys(tools));
    for (const [, name, args, command] of rows) {
      const t = tools[name as keyof typeof tools];
      expect(command, name).toBe(t.command);
      const named = args === '' ? [] : [...args!.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]);
      expect(named, name).toEqual(Object.keys(t.params));
      for (const [param, p] of Object.entries(t.params)) expect(args!.includes(`\`${param}\` (required)`), `${name} ${param}`).toBe(p.required === true);
    }
  });

  it("README.md names every tool, and no other, in its section for assistants", () => {
    const part = readme.slice(readme.indexOf('## For AI assistants'), readme.indexOf('\n## ', readme.indexOf('## For AI assistants') + 1));
    const named = [...part.matchAll(/`([a-z]+(?:_[a-z]+)?)`/g)].map((m) => m[1]).filter((n) => n !== 'mcp' && n !== 'astana');
    expect(new Set(named)).toEqual(new Set(Object.keys(tools)));
  });

  it('gives client configurations that parse, and a session to pipe in that the server answers', async () => {
    for (const [, json] of section.matchAll(/```json\n(.*?)\n```/gs)) expect(JSON.parse(json!)).toHaveProperty('mcpServers.astana.command');
    const messages = [...section.matchAll(/'(\{"jsonrpc".*?\})'/g)].map((m) => m[1]!);
    expect(messages).toHaveLength(2);
    const server = spawnServer();
    server.child.stdin.end(messages.map((m) => `${m}\n`).join(''));
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const answers = server.stdout().trim().split('\n').map((l) => JSON.parse(l) as { id: number; result?: { content?: { text: string }[] } });
    expect(answers.map((a) => a.id).sort()).toEqual([1, 2]);
    expect(answers.find((a) => a.id === 2)?.result?.content?.[0]?.text).toMatch(/^round-21:\nDelegations \(\d+\):/);
    expect(server.stderr()).toBe('');
  }, 30_000);
});
