import type { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { packageRoot } from '../runtime/paths.js';
import { suggest } from '../text/suggest.js';
import { commands } from './index.js';
import type { CommandModule } from './module.js';

const outputDir = join(packageRoot, 'schemas', 'output');
const dataDir = join(packageRoot, 'schemas');

/** The schema file of a command's JSON: `rounds list` → output/rounds-list.schema.json. */
export const outputSchemaFile = (command: string): string => join(outputDir, `${command.replace(' ', '-')}.schema.json`);

/** `rounds list` → its output contract's schema, as the command registry declares it; `data round` → round.schema.json. */
function schemaFile(words: readonly string[]): string {
  if (words[0] === 'data') {
    const names = readdirSync(dataDir).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace('.schema.json', ''));
    const name = words.slice(1).join('-');
    if (names.includes(name)) return join(dataDir, `${name}.schema.json`);
    throw new UsageError(`no data schema '${name}' (${names.map((n) => `data ${n}`).join(', ')})`);
  }
  const withJson = Object.entries(commands).filter(([, m]) => (m as CommandModule).output !== undefined).map(([name]) => name);
  const name = words.join(' ');
  if (withJson.includes(name)) return outputSchemaFile(name);
  if (Object.hasOwn(commands, name)) throw new UsageError(`'${name}' prints no JSON, so it has no output schema`);
  const hint = suggest(name, withJson);
  throw new UsageError(`no output schema for '${name}' (${hint.length > 0 ? `did you mean ${hint.join(', ')}? ` : ''}commands: ${withJson.join(', ')})`);
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
