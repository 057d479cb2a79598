import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { CommandModule } from './module.js';

export const mcpCommand: CommandModule = {
  // It speaks JSON-RPC on stdout, so it takes no output format; each tool's JSON has its command's schema.
  formats: [],
  description: 'Serve the data to AI assistants over the Model Context Protocol (stdio): a read-only tool per query, and each meeting as a resource',
  examples: ['astana mcp', 'astana mcp --data my-data', `printf '%s\\n' '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"sh","version":"1"}}}' | astana mcp`],
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
