import { Ajv, type ValidateFunction } from 'ajv';
import { CallToolResultSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tools } from '../../src/mcp/tools.js';
import type { Dataset } from '../../src/model/dataset.js';
import { bundled } from '../helpers/dataset.js';
import { bin, connect, serverEnv, type Connected } from '../helpers/mcp.js';
import { repoRoot, run } from '../helpers/run.js';

type Text = { type: 'text'; text: string };
interface ToolAnswer {
  content: Text[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
  _meta?: Record<string, { version: string | null; title: string | null }>;
}

/** A fresh validator with no other schema loaded, as the contract test compiles them. */
function compileAlone(command: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(`${repoRoot}schemas/output/${command.replace(' ', '-')}.schema.json`, 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, keywords: ['x-format-version'] }).compile(schema);
}

/** Every URL a JSON text holds, found in the text itself rather than by the code under test. */
const urlsIn = (json: string): string[] => [...new Set([...json.matchAll(/"(https?:\/\/[^"\s]+)"/g)].map((m) => m[1]!))];

// Each tool with arguments, and the command line whose `--format json` it must print exactly.
const calls: [string, Record<string, unknown>, string[]][] = [
  ['meetings_list', {}, ['meetings', 'list']],
  ['meetings_list', { kind: 'summit', year: 2019 }, ['meetings', 'list', '--kind', 'summit', '--year', '2019']],
  ['meetings_list', { party: 'Türkiye', topic: 'idlib', from: '2019', to: '2023-06' }, ['meetings', 'list', '--party', 'Türkiye', '--topic', 'idlib', '--from', '2019', '--to', '2023-06']],
  ['meetings_list', { city: 'Nur-Sultan' }, ['meetings', 'list', '--city', 'Nur-Sultan']],
  ['meetings_show', { id: 'round-21' }, ['meetings', 'show', 'round-21']],
  ['meetings_show', { id: 's7', sections: ['agenda', 'source'] }, ['meetings', 'show', 's7', '--section', 'agenda,source']],
  ['meetings_show', { id: 'ministerial-12' }, ['meetings', 'show', 'ministerial-12']],
  ['agenda_diff', { a: 20, b: 21 }, ['agenda', 'diff', '20', '21']],
  ['agenda_diff', { a: 'summit-6', b: 'latest' }, ['agenda', 'diff', 'summit-6', 'latest']],
  ['diff', { a: 21, b: 22 }, ['diff', '21', '22']],
  ['diff', { a: 'summit-6', b: 'summit-7' }, ['diff', 'summit-6', 'summit-7']],
  ['attendance', {}, ['attendance']],
  ['attendance', { party: 'usa' }, ['attendance', '--party', 'usa']],
  ['attendance', { role: 'unknown' }, ['attendance', '--role', 'unknown']],
  ['resolutions_list', {}, ['resolutions', 'list']],
  ['resolutions_list', { sort: 'count' }, ['resolutions', 'list', '--sort', 'count']],
  ['resolutions_show', { resolution: 2254 }, ['resolutions', 'show', '2254']],
  ['resolutions_show', { resolution: 'S/RES/497(1981)' }, ['resolutions', 'show', 'S/RES/497(1981)']],
  ['agenda_history', { topic: 'idlib' }, ['agenda', 'history', 'idlib']],
  ['parties_list', {}, ['parties', 'list']],
  ['people_list', { party: 'iran', sort: 'count' }, ['people', 'list', '--party', 'iran', '--sort', 'count']],
  ['topics_list', { sort: 'first' }, ['topics', 'list', '--sort', 'first']],
  ['parties_show', { party: 'Turkey' }, ['parties', 'show', 'Turkey']],
  ['parties_show', { party: 'un' }, ['parties', 'show', 'un']],
  ['people_show', { person: 'khaji' }, ['people', 'show', 'khaji']],
  ['topics_show', { topic: 'golan' }, ['topics', 'show', 'golan']],
  ['search', { words: 'earthquake' }, ['search', 'earthquake']],
  ['search', { words: 'Лаврентьев', limit: 0 }, ['search', 'Лаврентьев', '--limit', '0']],
  ['search', { words: 'constitutional committee', kind: 'round', year: '2019', limit: 5 }, ['search', 'constitutional committee', '--kind', 'round', '--year', '2019', '--limit', '5']],
  ['sources', { meeting: 21 }, ['sources', '21']],
  ['sources', {}, ['sources']],
  ['sources', { checkDuplicates: true }, ['sources', '--check-duplicates']],
  ['cite', { meeting: 'summit-7' }, ['cite', 'summit-7']],
  ['cite', {}, ['cite']],
  ['changes', {}, ['changes']],
  ['changes', { since: '1.0.0', meeting: 'ministerial-12' }, ['changes', '--since', '1.0.0', '--meeting', 'ministerial-12']],
];

// A value each tool's query refuses, and the command line that refuses it with the same message.
const refused: [string, Record<string, unknown>, string[]][] = [
  ['meetings_list', { kind: 'summt' }, ['meetings', 'list', '--kind', 'summt']],
  ['meetings_list', { year: '19' }, ['meetings', 'list', '--year', '19']],
  ['meetings_show', { id: 'round-99' }, ['meetings', 'show', 'round-99']],
  ['meetings_show', { id: 'r21', sections: ['agnda'] }, ['meetings', 'show', 'r21', '--section', 'agnda']],
  ['agenda_diff', { a: 20, b: 99 }, ['agenda', 'diff', '20', '99']],
  ['diff', { a: 'summit-9', b: 21 }, ['diff', 'summit-9', '21']],
  ['attendance', { party: 'irn' }, ['attendance', '--party', 'irn']],
  ['attendance', { role: 'guest' }, ['attendance', '--role', 'guest']],
  ['resolutions_list', { sort: 'size' }, ['resolutions', 'list', '--sort', 'size']],
  ['resolutions_show', { resolution: 99999 }, ['resolutions', 'show', '99999']],
  ['agenda_history', { topic: 'idlb' }, ['agenda', 'history', 'idlb']],
  ['parties_list', { sort: 'size' }, ['parties', 'list', '--sort', 'size']],
  ['people_list', { party: 'irn' }, ['people', 'list', '--party', 'irn']],
  ['topics_list', { sort: 'sise' }, ['topics', 'list', '--sort', 'sise']],
  ['parties_show', { party: 'irn' }, ['parties', 'show', 'irn']],
  ['people_show', { person: 'nobody-at-all' }, ['people', 'show', 'nobody-at-all']],
  ['topics_show', { topic: 'golna' }, ['topics', 'show', 'golna']],
  ['search', { words: 'idlib', kind: 'meetin' }, ['search', 'idlib', '--kind', 'meetin']],
  ['search', { words: '   ' }, ['search', '   ']],
  ['sources', { meeting: 'ministerial-99' }, ['sources', 'ministerial-99']],
  ['cite', { meeting: 23 }, ['cite', '23']],
  ['changes', { since: '9.9.9' }, ['changes', '--since', '9.9.9']],
];

let server: Connected;
let data: Dataset;
const version = (): string => data.metadata!.version;
const call = async (name: string, args: Record<string, unknown>): Promise<ToolAnswer> => (await server.client.callTool({ name, arguments: args })) as unknown as ToolAnswer;

beforeAll(async () => {
  [server, data] = await Promise.all([connect(), bundled()]);
});
afterAll(async () => {
  await server.close();
});

describe('astana mcp: the handshake and the lists', () => {
  it('introduces itself with the data it serves', () => {
    expect(server.client.getServerVersion()).toMatchObject({ name: 'astana' });
    expect(server.client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {} });
    expect(server.client.getInstructions()).toContain(`data version ${version()}`);
  });

  it('lists one read-only tool per entry of the tool table, each with an input schema', async () => {
    const { tools: listed } = await server.client.listTools();
    expect(listed.map((t) => t.name)).toEqual(Object.keys(tools));
    for (const t of listed) {
      expect(t.inputSchema, t.name).toMatchObject({ type: 'object', additionalProperties: false });
      expect(t.annotations, t.name).toMatchObject({ readOnlyHint: true });
      // Every schema compiles, so a client that validates its calls can.
      expect(() => new Ajv({ strict: false }).compile(t.inputSchema), t.name).not.toThrow();
    }
  });

  it('calls every tool at least once below', () => {
    expect(new Set(calls.map(([name]) => name))).toEqual(new Set(Object.keys(tools)));
    expect(new Set(refused.map(([name]) => name))).toEqual(new Set(Object.keys(tools)));
  });

  it('lists the dataset and every meeting as resources, and the meeting template', async () => {
    const { resources } = await server.client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(['astana://dataset', ...data.meetings.map((m) => `astana://meeting/${m.id}`)]);
    const { resourceTemplates } = await server.client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(['astana://meeting/{id}']);
  });
});

describe('astana mcp: tool results', () => {
  it.each(calls)('%s %j prints what `astana` prints with --format json, and validates', async (name, args, argv) => {
    const answer = await call(name, args);
    expect(answer.isError ?? false, answer.content[0]?.text).toBe(false);
    const [summary, json] = answer.content;
    const cli = await run([...argv, '--format', 'json']);
    expect(json!.text).toBe(cli.out);
    const value = JSON.parse(json!.text) as unknown;
    // Sections keep only some keys, as --section does; the schema is that of the whole result.
    if (args.sections === undefined) {
      const validate = compileAlone(tools[name as keyof typeof tools].command);
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(answer.structuredContent).toEqual(Array.isArray(value) ? { items: value } : value);
    // The summary keeps every source URL and ends with the data that answered.
    for (const url of urlsIn(json!.text)) expect(summary!.text, url).toContain(url);
    expect(summary!.text.trimEnd().split('\n').at(-1)).toBe(`Data: ${data.metadata!.title}, data version ${version()} (released ${data.metadata!.released}).`);
    expect(answer._meta?.['astana/data']).toMatchObject({ version: version(), title: data.metadata!.title });
  });

  it('marks every unknown, disputed head and unknown next meeting in the summary of every meeting, and lists all its sources', async () => {
    for (const m of data.meetings) {
      const text = (await call('meetings_show', { id: m.id })).content[0]!.text;
      for (const s of m.body.sources) expect(text, `${m.id} ${s.id}`).toContain(s.url);
      for (const d of m.body.delegations) {
        const name = data.parties.get(d.party)!.name;
        const line = text.split('\n').find((l) => l.startsWith(`- ${name} (${d.party}), ${d.role}: head `));
        expect(line, `${m.id} ${d.party}`).toBeDefined();
        if (d.head === undefined) expect(line, `${m.id} ${d.party}`).toMatch(/: head unknown$/);
        else if ('versions' in d.head && new Set(d.head.versions.map((v) => v.person)).size > 1) expect(line).toMatch(/: head disputed: .+ \/ .+/);
        else expect(line).not.toMatch(/: head (unknown|disputed)/);
      }
      if (m.body.next === undefined) expect(text, m.id).toContain('\nNext meeting agreed: unknown.\n');
      if (m.body.agenda.length === 0) expect(text, m.id).toContain(m.body.coverage.agenda === 'complete' ? 'Agenda: none' : 'Agenda: unknown.');
      if (m.body.delegations.length === 0) expect(text, m.id).toContain('Delegations: unknown.');
    }
  });

  it('lists the URLs of the sources a meeting\'s chosen sections cite, though its JSON names them by id', async () => {
    const m = data.meetingById.get('round-22')!;
    for (const sections of [['next'], ['delegation'], ['meeting', 'coverage']]) {
      const answer = await call('meetings_show', { id: 'r22', sections });
      const ids = new Set([...answer.content[1]!.text.matchAll(/"([a-z0-9][a-z0-9-]*)"/g)].map((x) => x[1]!));
      const cited = m.body.sources.filter((s) => ids.has(s.id));
      expect(cited.length, sections.join()).toBeGreaterThan(0);
      for (const s of cited) expect(answer.content[0]!.text, `${sections} ${s.id}`).toContain(s.url);
      // And only those: the sources of other sections are left out, as the CLI's table leaves them.
      for (const s of m.body.sources.filter((x) => !ids.has(x.id))) expect(answer.content[0]!.text).not.toContain(`${s.url} `);
    }
  });

  it('says "unconfirmed" where a diff cannot tell, never added or removed', async () => {
    const d = await call('agenda_diff', { a: 20, b: 21 });
    const json = JSON.parse(d.content[1]!.text) as { unconfirmed: { label: string }[] };
    expect(json.unconfirmed.length).toBeGreaterThan(0);
    for (const t of json.unconfirmed) expect(d.content[0]!.text).toContain(`Unconfirmed: ${t.label}, recorded at`);
  });
});

describe('astana mcp: bad calls', () => {
  it.each(refused)('%s %j is an error with the CLI\'s own message', async (name, args, argv) => {
    const answer = await call(name, args);
    expect(answer.isError).toBe(true);
    const cli = await run([...argv, '--format', 'json']);
    expect(cli.code).toBe(2);
    expect(answer.content[0]!.text.split('\n')[0]).toBe(cli.err.replace(/^astana: /, '').trimEnd());
  });

  it.each(Object.keys(tools))('%s: an unknown argument, a missing one, a wrong type each name the problem and the arguments', async (name) => {
    const params = tools[name as keyof typeof tools].params;
    const names = Object.keys(params);
    const unknown = await call(name, { bogus: 1 });
    expect(unknown.isError).toBe(true);
    expect(unknown.content[0]!.text).toMatch(new RegExp(`^unknown argument 'bogus' for ${name} \\(.*arguments: `));
    for (const n of names) expect(unknown.content[0]!.text).toContain(n);
    const required = names.filter((n) => params[n]!.required);
    if (required.length > 0) {
      const missing = await call(name, {});
      expect(missing.isError).toBe(true);
      expect(missing.content[0]!.text).toContain(`${name} needs the argument '${required[0]}'`);
    }
    const wrong = await call(name, { [names[0]!]: { nested: [1] } });
    expect(wrong.isError).toBe(true);
    expect(wrong.content[0]!.text).toContain(`argument '${names[0]}' of ${name} must be`);
  });

  it('names the nearest tool and every tool for an unknown one, as a protocol error', async () => {
    const error = await server.client.callTool({ name: 'meetings_shw', arguments: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).code).toBe(-32602);
    expect((error as McpError).message).toContain("unknown tool 'meetings_shw' (did you mean meetings_show? tools: meetings_list, meetings_show");
  });

  it('answers arguments that are not an object as invalid params, in one line', async () => {
    const error = (await server.client.request({ method: 'tools/call', params: { name: 'diff', arguments: [1, 2] } } as never, CallToolResultSchema).catch((e: unknown) => e)) as McpError;
    expect(error).toBeInstanceOf(McpError);
    expect(error.code).toBe(-32602);
    expect(error.message).toBe('MCP error -32602: invalid params: params.arguments: Invalid input: expected record, received array');
  });

  it('stays quiet on stderr through all of it', () => {
    expect(server.stderr()).toBe('');
  });
});

describe('astana mcp: resources', () => {
  it('reads a meeting as `meetings show` prints it', async () => {
    const { contents } = await server.client.readResource({ uri: 'astana://meeting/round-21' });
    expect(contents).toEqual([{ uri: 'astana://meeting/round-21', mimeType: 'application/json', text: (await run(['meetings', 'show', 'round-21', '--format', 'json'])).out }]);
    // The short forms the template promises: a round number, r21.
    for (const uri of ['astana://meeting/21', 'astana://meeting/r21']) {
      const read = await server.client.readResource({ uri });
      expect((read.contents[0] as { text: string }).text, uri).toBe((contents[0] as { text: string }).text);
    }
  });

  it('reads the dataset: its metadata and version', async () => {
    const { contents } = await server.client.readResource({ uri: 'astana://dataset' });
    const read = JSON.parse((contents[0] as { text: string }).text) as { version: string; title: string };
    expect(read).toEqual(JSON.parse(JSON.stringify(data.metadata)));
    expect(read.version).toBe(version());
  });

  it('names the nearest meetings for an unknown one, and the resources for an unknown URI', async () => {
    const missing = (await server.client.readResource({ uri: 'astana://meeting/summit-9' }).catch((e: unknown) => e)) as McpError;
    expect(missing.code).toBe(-32002);
    expect(missing.message).toContain((await run(['meetings', 'show', 'summit-9'])).err.replace(/^astana: /, '').trimEnd());
    const other = (await server.client.readResource({ uri: 'file:///etc/passwd' }).catch((e: unknown) => e)) as McpError;
    expect(other.code).toBe(-32602);
    expect(other.message).toContain('resources: astana://dataset, astana://meeting/<id>');
  });
});

describe('astana mcp: the data it serves', () => {
  it.each([
    ['--data', ['--data', 'test/fixtures/mini'], {}],
    ['ASTANA_DATA', [], { ASTANA_DATA: 'test/fixtures/mini' }],
  ])('honours %s', async (_how, args, env) => {
    const mini = await connect(args, env);
    try {
      const answer = (await mini.client.callTool({ name: 'meetings_list', arguments: {} })) as unknown as ToolAnswer;
      expect(answer.content[1]!.text).toBe((await run(['meetings', 'list', '--data', 'test/fixtures/mini', '--format', 'json'])).out);
      expect(answer._meta?.['astana/data']?.version).toBe('0.3.0');
    } finally {
      await mini.close();
    }
  });

  it('refuses a data directory that does not exist before it speaks, as every command does', () => {
    const r = spawnSync(process.execPath, [bin, 'mcp', '--data', 'no/such/dir'], { encoding: 'utf8', env: serverEnv(), cwd: repoRoot, input: '' });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'astana: --data: no/such/dir: no such directory\n']);
  });
});
