import type { Command } from 'commander';
import { meetingRecords } from '../query/meeting-records.js';
import { showRound } from '../query/rounds-show.js';
import { selectSections } from '../query/sections.js';
import { roundShowTable } from '../render/tables/rounds-show.js';
import type { CommandModule } from './module.js';
import { addSectionOption, parseSections } from './sections.js';
import { columns } from '../render/columns.js';

export const roundsShow: CommandModule = {
  output: { type: 'RoundDetail', records: 'MeetingRecord' },
  description: 'Show one round: dates, city, delegations and heads, agenda, resolutions, sources',
  examples: ['astana rounds show 21', 'astana rounds show latest --format json', 'astana rounds show 22 --section agenda,source --format tsv'],
  register(cmd: Command, env) {
    addSectionOption(cmd.argument('<round>', "round number, or 'latest'")).action(async (round: string, opts: { section?: string[] }, command: Command) => {
      const sections = parseSections(opts.section);
      const detail = showRound(await env.dataset(command), round);
      await env.emit(command, detail, {
        table: (r, ctx) => roundShowTable(r, ctx, sections),
        records: (r) => meetingRecords(`round-${r.round}`, r, sections),
        json: (r) => selectSections(r, sections),
        columns: columns.MeetingRecord,
      });
    });
  },
};
