import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { meetingRecords, meetingSections, type MeetingSection } from '../query/meeting-records.js';
import type { MeetingDetail } from '../query/rounds-show.js';
import { selectSections } from '../query/sections.js';
import { columns, sectionColumns } from '../render/columns.js';
import type { RenderContext } from '../render/context.js';
import type { Output } from '../render/output.js';
import { suggest } from '../text/suggest.js';

/** --section for `rounds show` and `meetings show`: comma-separated, repeatable, combined. */
export function addSectionOption(cmd: Command): Command {
  return cmd.option(
    '--section <names>',
    `only these sections, in any format (${meetingSections.join(', ')}); comma-separated or repeated`,
    (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',').map((s) => s.trim()).filter(Boolean)],
  );
}

export function parseSections(values: readonly string[] | undefined): readonly MeetingSection[] {
  if (values === undefined) return meetingSections;
  for (const value of values) {
    if (!(meetingSections as readonly string[]).includes(value)) {
      const hint = suggest(value, meetingSections);
      throw new UsageError(`unknown section '${value}' (${hint.length > 0 ? `did you mean ${hint.join(', ')}? ` : ''}sections: ${meetingSections.join(', ')})`);
    }
  }
  return meetingSections.filter((s) => values.includes(s));
}

/** How `rounds show` and `meetings show` print a meeting: the chosen sections, in every format. */
export function meetingOutput<T extends MeetingDetail>(id: (m: T) => string, table: (m: T, ctx: RenderContext, sections: readonly MeetingSection[]) => string, sections: readonly MeetingSection[]): Output<T> {
  return {
    table: (m, ctx) => table(m, ctx, sections),
    records: (m) => meetingRecords(id(m), m, sections),
    json: (m) => selectSections(m, sections),
    columns: sectionsColumns(sections),
  };
}

/**
 * The columns of the chosen sections only, each section's in its own order, then the next one's
 * new ones: one section's csv or tsv holds its own fields (`--section source`: the URL is field 4).
 */
function sectionsColumns(sections: readonly MeetingSection[]): readonly string[] {
  if (sections.length === meetingSections.length) return columns.MeetingRecord;
  return [...new Set<string>(sections.flatMap((s) => sectionColumns.MeetingRecord[s]))];
}
