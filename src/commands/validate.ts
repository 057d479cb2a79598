import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ExitCode, UsageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { diagnosticsJson, githubReport, stylishReport, validateFormats, type ValidateReport } from '../render/validate.js';
import type { CommandModule } from './module.js';

interface Options {
  maxProblems?: string;
  strict?: boolean;
}

export const validate: CommandModule = {
  formats: validateFormats,
  description: 'Check the data files against the schemas and each other; exit 1 if any error is found',
  examples: [
    'astana validate',
    'astana validate --data ./my-data --format json',
    'astana validate data/rounds/23.yaml --format github',
    'astana validate --strict --max-problems 20',
  ],
  register(cmd: Command, env) {
    cmd
      .argument('[paths...]', 'report only on these files (the whole data directory is still checked)')
      .option('--max-problems <n>', 'show at most n problems')
      .option('--strict', 'exit 1 on warnings too')
      .action(async (paths: string[], opts: Options, command: Command) => {
        const format = env.format(command, validateFormats, 'stylish');
        const max = parseMax(opts.maxProblems);
        const { dir, shown } = dataDirFor(env.dataDir(command), paths, env.io.cwd, command);
        const { checkDataDir } = await import('../data/pipeline.js');
        const checked = await checkDataDir(dir);
        const wanted = paths.map((p) => relative(dir, resolve(env.io.cwd, p)).split(sep).join('/'));
        const selected = wanted.length === 0 ? checked.diagnostics : checked.diagnostics.filter((d) => wanted.includes(d.file));
        const shownDiagnostics = max === undefined ? selected : selected.slice(0, max);
        const report: ValidateReport = { diagnostics: shownDiagnostics, omitted: selected.length - shownDiagnostics.length, texts: checked.texts, base: shown };
        if (format === 'json') env.io.out(renderJson(diagnosticsJson(report)));
        else if (format === 'github') env.io.out(githubReport(report));
        else env.print(command, stylishReport(report, env.render));
        const failing = selected.some((d) => d.severity === 'error' || opts.strict === true);
        if (failing) env.setExitCode(ExitCode.findings);
      });
  },
};

function parseMax(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-problems must be a whole number, not '${value}'`);
  return Number(value);
}

/**
 * With file paths and no explicit --data, the data directory is the nearest folder above the
 * first path that holds rounds/ — so `astana validate data/rounds/23.yaml` works in any repo.
 */
function dataDirFor(given: { dir: string; shown: string; explicit: boolean }, paths: string[], cwd: string, command: Command): { dir: string; shown: string } {
  for (const p of paths) {
    if (!existsSync(resolve(cwd, p))) throw new UsageError(`no such file: ${p}`);
  }
  if (given.explicit || paths.length === 0) return given;
  let dir = resolve(cwd, paths[0]!);
  if (!statSync(dir).isDirectory()) dir = dirname(dir);
  while (true) {
    if (existsSync(resolve(dir, 'rounds')) && existsSync(resolve(dir, 'parties.yaml'))) {
      return { dir, shown: relative(cwd, dir) || '.' };
    }
    const parent = dirname(dir);
    if (parent === dir) throw new UsageError(`cannot find the data directory above ${paths[0]}; pass --data (see '${command.name()} --help')`);
    dir = parent;
  }
}
