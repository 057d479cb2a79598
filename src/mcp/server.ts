import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { JsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import pkg from '../../package.json' with { type: 'json' };
import { commands } from '../commands/index.js';
import { searchIndexFor } from '../data/cache/search-index.js';
import { CliError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import type { SearchIndex } from '../search/engine.js';
import { suggest } from '../text/suggest.js';
import { checkArguments, clip, inputSchema } from './arguments.js';
import { readResource, resourceList, resourceTemplates } from './resources.js';
import { toolError, toolResult, type DataStamp } from './result.js';
import { tools, type Tool, type ToolContext } from './tools.js';
import { LineTransport, type Input } from './transport.js';

export interface ServeOptions {
  readonly data: Dataset;
  readonly dataDir: { readonly dir: string; readonly shown: string };
  /** The environment, for the cache directory of the search index. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly input: Input;
  /** Protocol bytes: nothing else is ever written here. */
  readonly write: (text: string) => void;
  /** Everything that is not protocol: problems only, so a working server is quiet. */
  readonly log: (text: string) => void;
  /** Calls `stop` on SIGINT or SIGTERM; returns what removes the handler. */
  readonly onSignal?: (stop: () => void) => () => void;
}

const toolNames = Object.keys(tools);
const toolOf = (name: string): Tool | undefined => (Object.hasOwn(tools, name) ? (tools as Record<string, Tool>)[name] : undefined);
const schemaId = (command: string): string => `output/${command.replace(' ', '-')}.schema.json`;

/** What tools/list says of a tool: the command's own description, and what the result holds. */
const describe = (t: Tool): string =>
  `${t.description ?? commands[t.command].description}. Returns the JSON that \`astana ${t.command} --format json\` prints (schema: \`astana schema ${t.command}\`), after a text summary that lists every source URL the result cites and marks what is unknown, unconfirmed or disputed.`;

function instructions(data: Dataset, stamp: DataStamp): string {
  const m = stamp.metadata;
  // The ids the data has, kind by kind: round-1 … round-22.
  const numbers = new Map<string, number[]>();
  for (const meeting of data.meetings) numbers.set(meeting.kind, [...(numbers.get(meeting.kind) ?? []), meeting.number]);
  const ids = [...numbers].map(([kind, ns]) => (ns.length === 1 ? `${kind}-${ns[0]}` : `${kind}-${Math.min(...ns)} … ${kind}-${Math.max(...ns)}`));
  const what = m ? `${m.title} (data version ${m.version}, released ${m.released})` : `the data in ${stamp.shown}`;
  return [
    `Read-only access to ${what}.`,
    'Every fact carries the URLs of the public pages that state it. What no source states is unknown, never absent: a head, topic or resolution the data does not list is unknown unless the coverage of that meeting is complete, and a diff reports such items as unconfirmed, not as changes.',
    `Meetings are ${ids.join(', ')} (or r21, s7, m2 for short); each is also the resource astana://meeting/<id>.`,
  ].join(' ');
}

/** Serves MCP on `input` and `write` until the input ends or a signal comes; resolves then. */
export async function serve(options: ServeOptions): Promise<void> {
  const { data, dataDir, log } = options;
  const stamp: DataStamp = { metadata: data.metadata, shown: dataDir.shown };
  let index: Promise<SearchIndex> | undefined;
  const ctx: ToolContext = {
    data,
    dataDir,
    // Built or read once, when first asked for; a failure is not kept, so the next search tries again.
    searchIndex: () =>
      (index ??= searchIndexFor(data, dataDir.dir, options.env).then(
        (r) => r.index,
        (error: unknown) => {
          index = undefined;
          throw error;
        },
      )),
  };

  const server = new Server(
    { name: 'astana', title: 'astana: the Astana-format talks on Syria', version: pkg.version },
    {
      capabilities: { tools: {}, resources: {} },
      instructions: instructions(data, stamp),
      // The server never asks the client for input, so it needs no schema validator (ajv's, by default, is set up at once).
      jsonSchemaValidator: { getValidator: <T>(): JsonSchemaValidator<T> => (input) => ({ valid: true, data: input as T, errorMessage: undefined }) },
    },
  );

  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: Object.entries(tools as Record<string, Tool>).map(([name, t]) => ({
      name,
      title: `astana ${t.command}`,
      description: describe(t),
      inputSchema: inputSchema(t.params) as { type: 'object' },
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name } = request.params;
    const t = toolOf(name);
    if (t === undefined) {
      const hint = suggest(clip(name), toolNames);
      throw new McpError(ErrorCode.InvalidParams, `unknown tool '${clip(name)}' (${hint.length > 0 ? `did you mean ${hint.join(', ')}? ` : ''}tools: ${toolNames.join(', ')})`);
    }
    try {
      const args = checkArguments(name, t.params, request.params.arguments);
      const json = await t.run(ctx, args);
      return toolResult(json, t.summary(json, args), stamp, schemaId(t.command), t.cited?.(json, ctx, args));
    } catch (error) {
      if (error instanceof CliError) return toolError(error.message, stamp);
      log(`astana mcp: internal error in ${name}, this is a bug; please report it with the call.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      return toolError(`internal error in ${name}, this is a bug: ${error instanceof Error ? error.message : String(error)}`, stamp);
    }
  });

  server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: resourceList(data) }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({ resourceTemplates: resourceTemplates }));
  server.setRequestHandler(ReadResourceRequestSchema, (request) => readResource(data, stamp, request.params.uri));

  const transport = new LineTransport(options.input, options.write);
  const closed = new Promise<void>((resolve) => {
    server.onclose = resolve;
  });
  server.onerror = (error) => log(`astana mcp: ${(error.message.split('\n')[0] ?? '').slice(0, 300)}\n`);
  const removeSignal = options.onSignal?.(() => void transport.close());
  try {
    await server.connect(transport);
    await closed;
  } finally {
    removeSignal?.();
  }
}
