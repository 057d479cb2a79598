import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { MeetingFilters } from '../query/filters.js';
import { meetingKinds } from '../model/dataset.js';
import { period } from '../query/period.js';

export interface PeriodFlags {
  from?: string;
  to?: string;
  year?: string;
}

export interface MeetingFlags extends PeriodFlags {
  city?: string;
  party?: string;
  topic?: string;
}

/** --from, --to and their shorthand --year, the same on every command that takes a period. */
export function periodOptions(cmd: Command, what: string): Command {
  return cmd
    .option('--from <date>', `${what} ending on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)`)
    .option('--to <date>', `${what} starting on or before this date`)
    .option('--year <YYYY>', 'the same as --from YYYY --to YYYY');
}

/** The period flags, plus --city, --party and --topic. */
export function meetingOptions(cmd: Command, what: string): Command {
  return periodOptions(cmd, what)
    .option('--city <name>', `${what} held in this city, by any name it has had (astana finds Nur-Sultan too)`)
    .option('--party <id>', `${what} where this party had a delegation (id, name or alias)`)
    .option('--topic <id>', `${what} with this topic on the agenda`);
}

/** --kind, the same wherever meetings of one kind can be picked out. */
export function kindOption(cmd: Command, what: string): Command {
  return cmd.option('--kind <kind>', `${what} of this kind only (${meetingKinds.join(', ')})`);
}

/** --from/--to as dates, or --year as the whole of that year. */
export function periodOf(flags: PeriodFlags): Pick<MeetingFilters, 'from' | 'to'> {
  if (flags.year === undefined) return period(flags.from, flags.to);
  if (flags.from !== undefined || flags.to !== undefined) throw new UsageError('--year is short for --from YYYY --to YYYY; give --year or --from/--to, not both');
  if (!/^\d{4}$/.test(flags.year.trim())) throw new UsageError(`--year must be a year as YYYY, not '${flags.year}'`);
  return period(flags.year, flags.year);
}

export function meetingFilters(flags: MeetingFlags): MeetingFilters {
  return { ...periodOf(flags), city: flags.city, party: flags.party, topic: flags.topic };
}
