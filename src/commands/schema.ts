import type { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { packageRoot } from '../runtime/paths.js';
import { suggest } from '../text/suggest.js';
import type { CommandModule } from './module.js';

const outputDir = join(packageRoot, 'schemas', 'output');
const dataDir = join(packageRoot, 'schemas');

/** `rounds list` → output/rounds-list.schema.json; `data round` → round.schema.json. */
function schemaFile(words: readonly string[]): string {
  if (words[0] === 'data') {
    const names = readdirSync(dataDir).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace('.schema.json', ''));
    const name = words.slice(1).join('-');
    if (names.includes(name)) return join(dataDir, `${name}.schema.json`);
    throw new UsageError(`no data schema '${name}' (${names.map((n) => `data ${n}`).join(', ')})`);
  }
  const names = readdirSync(outputDir).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace('.schema.json', ''));
  const name = words.join('-');
  if (names.includes(name)) return join(outputDir, `${name}.schema.json`);
  const hint = suggest(name, names).map((n) => n.replace('-', ' '));
  throw new UsageError(`no output schema for '${words.join(' ')}' (${hint.length > 0 ? `did you mean ${hint.join(', ')}? ` : ''}commands: ${names.map((n) => n.replace('-', ' ')).join(', ')})`);
}

export const schema: CommandModule = {
  formats: [],
  usesData: false,
  description: "Print the JSON Schema of a command's JSON output (or, with 'data', of a data file)",
  examples: ['astana schema rounds list', 'astana schema validate', 'astana schema data round'],
  register(cmd: Command, env) {
    cmd.argument('<words...>', "the command, as typed (e.g. 'rounds show'); or 'data <kind>'").action((words: string[]) => {
      env.io.out(readFileSync(schemaFile(words), 'utf8'));
    });
  },
};
