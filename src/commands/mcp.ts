import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { CommandModule } from './module.js';

export const mcpCommand: CommandModule = {
  // It speaks JSON-RPC on stdout, so it takes no output format; each tool's JSON has its command's schema.
  formats: [],
  description: 'Serve the data to AI assistants over the Model Context Protocol (stdio): a read-only tool per query, and each meeting as a resource',
  // A session typed by hand is too wide for a help screen; docs/commands.md has one to paste.
  examples: ['astana mcp', 'astana mcp --data my-data', 'astana mcp < session.jsonl > replies.jsonl'],
  register(cmd: Command, env) {
    cmd.action(async (_opts: unknown, command: Command) => {
      const { io } = env;
      const input = io.stdin;
      if (input === undefined) throw new UsageError("'mcp' needs a standard input to read the client's messages from");
      // The data is loaded, and checked, before the first message: a bad --data fails as it does everywhere.
      const data = await env.dataset(command);
      const dataDir = env.dataDir(command);
      // The SDK loads only here, so that no other command's start-up pays for it.
      const { serve } = await import('../mcp/server.js');
      await serve({ data, dataDir, env: io.env, input, write: io.out, log: io.err, onSignal: io.onSignal });
    });
  },
};
