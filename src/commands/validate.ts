import type { Command } from 'commander';
import { checkDataDir } from '../data/pipeline.js';
import { isError } from '../data/diagnostic.js';
import { ExitCode } from '../errors.js';
import { renderJson } from '../render/json.js';
import { diagnosticReport, diagnosticsJson } from '../render/tables/diagnostics.js';
import type { CommandModule } from './module.js';

export const validate: CommandModule = {
  description: 'Check the data files against the schemas and each other; exit 1 if any error is found',
  examples: ['astana validate', 'astana validate --data ./my-data --format json'],
  register(cmd: Command, env) {
    cmd.action((_opts: unknown, command: Command) => {
      const { dir, shown } = env.dataDir(command);
      const { diagnostics } = checkDataDir(dir);
      const format = env.format(command);
      env.io.out(format === 'json' ? renderJson(diagnosticsJson(diagnostics, shown)) : diagnosticReport(diagnostics, shown, env.render));
      if (diagnostics.some(isError)) env.setExitCode(ExitCode.findings);
    });
  },
};
