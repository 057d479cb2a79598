import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { tableWidth } from '../io.js';
import { loadTable, wrap } from '../render/table.js';
import { helpTopic, helpTopics } from './help-topics.js';
import { configure } from './messages.js';

/** `astana help [topic | command…]`: the topics below, or any command's help. */
export function registerHelp(program: Command, io: Io): void {
  const help = configure(program.command('help').description('help on a command, or on a topic: formats, exit-codes, data').argument('[words...]'), io);
  help.addHelpText('after', '\nExamples:\n  $ astana help formats\n  $ astana help rounds list\n');
  help.action(async (words: string[]) => {
    await loadTable();
    const topic = helpTopic(words.join(' '), tableWidth(io), wrap);
    if (topic !== undefined) return io.out(topic);
    let cmd = program;
    for (const word of words) {
      const next = cmd.commands.find((c) => c.name() === word);
      if (!next) throw new UsageError(`no help on '${words.join(' ')}' (topics: ${Object.keys(helpTopics).join(', ')}; or a command)`);
      cmd = next;
    }
    io.out(cmd.helpInformation());
  });
}
