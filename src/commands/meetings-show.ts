import type { Command } from 'commander';
import { meetingRecords } from '../query/meeting-records.js';
import { showMeeting } from '../query/meetings.js';
import { selectSections } from '../query/sections.js';
import { meetingShowTable } from '../render/tables/rounds-show.js';
import type { CommandModule } from './module.js';
import { addSectionOption, parseSections } from './sections.js';
import { columns } from '../render/columns.js';

export const meetingsShow: CommandModule = {
  output: { type: 'MeetingShow', records: 'MeetingRecord' },
  description: 'Show one meeting of any kind in full',
  examples: ['astana meetings show summit-7', 'astana meetings show ministerial-2 --format json', 'astana meetings show r21 --section source'],
  register(cmd: Command, env) {
    addSectionOption(cmd.argument('<id>', 'meeting id: round-21, summit-7, ministerial-2 (or r21, s7, m2)')).action(async (id: string, opts: { section?: string[] }, command: Command) => {
      const sections = parseSections(opts.section);
      const detail = showMeeting(await env.dataset(command), id);
      await env.emit(command, detail, {
        table: (m, ctx) => meetingShowTable(m, ctx, sections),
        records: (m) => meetingRecords(m.id, m, sections),
        json: (m) => selectSections(m, sections),
        columns: columns.MeetingRecord,
      });
    });
  },
};
