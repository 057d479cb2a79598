import type { Command } from 'commander';
import { showMeeting } from '../query/meetings.js';
import { meetingShowTable } from '../render/tables/rounds-show.js';
import type { CommandModule } from './module.js';
import { addSectionOption, meetingOutput, parseSections } from './sections.js';

export const meetingsShow: CommandModule = {
  output: { type: 'MeetingShow', records: 'MeetingRecord' },
  description: 'Show one meeting of any kind in full',
  examples: ['astana meetings show summit-7', 'astana meetings show ministerial-2 --format json', 'astana meetings show r21 --section source'],
  register(cmd: Command, env) {
    addSectionOption(cmd.argument('<id>', 'a round number (21), latest (the latest round) or a meeting id: round-21, summit-7, ministerial-2 (or r21, s7, m2)')).action(async (id: string, opts: { section?: string[] }, command: Command) => {
      const sections = parseSections(opts.section);
      const detail = showMeeting(await env.dataset(command), id);
      await env.emit(command, detail, meetingOutput((m) => m.id, meetingShowTable, sections));
    });
  },
};
