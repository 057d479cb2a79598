import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { formats, machineFormats } from '../render/output.js';
import type { CommandModule } from './module.js';

/** --format with the formats this command really accepts, and --json and --fields where they apply. */
export function addOutputOptions(cmd: Command, module: CommandModule): void {
  const accepted = module.formats ?? formats;
  if (accepted.length === 0) return;
  const fallback = module.formats ? `default: ${accepted[0]}` : 'default: table on a terminal, tsv when piped';
  cmd.addOption(new Option('--format <format>', `output format: ${accepted.join(', ')} (${fallback})`));
  if (accepted.includes('json')) cmd.option('--json', 'the same as --format json');
  if (module.formats === undefined) {
    cmd.option('--fields <names>', `only these comma-separated fields (${machineFormats.join(', ')}); may be repeated`, (value: string, previous?: string) => (previous ? `${previous},${value}` : value));
  }
  if (accepted.includes('csv') || accepted.includes('tsv')) {
    cmd.option('--keep-formulas', "csv, tsv: leave cells that begin with = + - @ as they are (default: a leading ' makes spreadsheets show them as text)");
  }
}

/** Flags that may be given several times; their values are combined. Every other flag is given once. */
const combinable = new Set(['fields', 'section']);

/**
 * Commander keeps the last of a repeated flag, so `--party lebanon --party usa` would quietly
 * mean usa. A repeated single-valued flag is a usage error instead.
 */
export function onlyOnce(cmd: Command): void {
  for (const option of cmd.options) {
    if (!(option.required || option.optional) || option.variadic || combinable.has(option.attributeName())) continue;
    const parse = option.parseArg;
    let given = false;
    option.argParser((value: string, previous: unknown) => {
      if (given) throw new UsageError(`${option.long} was given twice; give it once`);
      given = true;
      return parse ? parse(value, previous) : value;
    });
  }
}
