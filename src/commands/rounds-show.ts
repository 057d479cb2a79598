import type { Command } from 'commander';
import { showRound } from '../query/rounds-show.js';
import { roundShowTable } from '../render/tables/rounds-show.js';
import type { CommandModule } from './module.js';
import { addSectionOption, meetingOutput, parseSections } from './sections.js';

export const roundsShow: CommandModule = {
  output: { type: 'RoundDetail', records: 'MeetingRecord' },
  description: 'Show one round: dates, city, delegations and heads, agenda, resolutions, sources',
  examples: ['astana rounds show 21', 'astana rounds show latest --format json', 'astana rounds show 22 --section agenda,source --format tsv'],
  register(cmd: Command, env) {
    addSectionOption(cmd.argument('<round>', "round number, or 'latest'")).action(async (round: string, opts: { section?: string[] }, command: Command) => {
      const sections = parseSections(opts.section);
      const detail = showRound(await env.dataset(command), round);
      await env.emit(command, detail, meetingOutput((r) => `round-${r.round}`, roundShowTable, sections));
    });
  },
};
