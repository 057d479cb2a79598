import type { Command } from 'commander';
import { ExitCode, UsageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { diagnosticsJson, githubReport, stylishReport, validateFormats, type ValidateReport } from '../render/validate.js';
import type { CommandModule } from './module.js';
import { selected as isSelected, selectPaths } from './validate-paths.js';

interface Options {
  maxProblems?: string;
  strict?: boolean;
}

export const validate: CommandModule = {
  output: { type: 'DiagnosticJson', list: true },
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
      .argument('[paths...]', 'report only on these files or folders of the data directory (the whole directory is still checked)')
      .option('--max-problems <n>', 'show at most n problems')
      .option('--strict', 'exit 1 on warnings too')
      .action(async (paths: string[], opts: Options, command: Command) => {
        const format = env.format(command, validateFormats, 'stylish');
        const max = parseMax(opts.maxProblems);
        const { dir, shown, only } = selectPaths(env.dataDir(command), paths, env.io.cwd);
        const { checkDataDir } = await import('../data/pipeline.js');
        // With a limit and no paths, checking stops once the first problems and the exit code are known.
        const checked = await checkDataDir(dir, only === undefined && max !== undefined ? { limit: max, strict: opts.strict === true } : {});
        const selected = checked.diagnostics.filter((d) => isSelected(d.file, only));
        const shownDiagnostics = max === undefined ? selected : selected.slice(0, max);
        const report: ValidateReport = { diagnostics: shownDiagnostics, omitted: selected.length - shownDiagnostics.length, texts: checked.texts, base: shown, stopped: checked.stopped === true };
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
