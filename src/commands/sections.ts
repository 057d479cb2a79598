import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { meetingSections, type MeetingSection } from '../query/meeting-records.js';
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
