import type { Command } from 'commander';
import { resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { UsageError } from '../errors.js';
import { stdoutName, writeOutput } from '../runtime/output.js';
import type { CommandModule } from './module.js';

export const reportCommand: CommandModule = {
  description: 'Write one self-contained HTML page: timeline, attendance, agenda topics, UN resolutions and every meeting with its sources',
  examples: ['astana report --out astana.html', 'astana report --data my-data > report.html'],
  // The page is the output: no --format, --json or --fields.
  formats: [],
  register(cmd: Command, env) {
    cmd.option('--out <file>', "write the page to this file ('-' or none: standard output, when it is not a terminal)").action(async (opts: { out?: string }, command: Command) => {
      const toStdout = opts.out === undefined || opts.out === stdoutName;
      // A quarter of a megabyte of HTML is of no use on a terminal, as gzip refuses to print to one.
      if (toStdout && env.io.isTTY) throw new UsageError('the report is an HTML page: give --out FILE, or redirect it (astana report > report.html)');
      const data = await env.dataset(command);
      const { reportModel } = await import('../query/report.js');
      const { reportPage } = await import('../render/report/page.js');
      const html = reportPage(reportModel(data), { version: pkg.version });
      if (toStdout) return env.io.out(html);
      await writeOutput(resolve(env.io.cwd, opts.out!), opts.out!, Buffer.from(html));
    });
  },
};
