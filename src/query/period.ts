import { isCalendarDate } from '../text/dates.js';
import { UsageError } from '../errors.js';

/**
 * Turns a --from/--to value into a date. A year or a month stands for its first day
 * (for --from) or its last day (for --to), so `--from 2023 --to 2023` means all of 2023.
 */
export function boundary(value: string, edge: 'from' | 'to', flag: string): string {
  const text = value.trim();
  let date: string | undefined;
  if (/^\d{4}$/.test(text)) date = edge === 'from' ? `${text}-01-01` : `${text}-12-31`;
  else if (/^\d{4}-\d{2}$/.test(text)) {
    const [y, m] = text.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    date = edge === 'from' ? `${text}-01` : `${text}-${String(last).padStart(2, '0')}`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) date = text;
  if (date === undefined) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not '${value}'`);
  if (!isCalendarDate(date)) throw new UsageError(`${flag}: ${text} is not a date`);
  return date;
}

/** --from and --to as dates, refusing a range that ends before it starts. */
export function period(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const start = from === undefined ? undefined : boundary(from, 'from', '--from');
  const end = to === undefined ? undefined : boundary(to, 'to', '--to');
  if (start !== undefined && end !== undefined && start > end) throw new UsageError(`--from ${from} is after --to ${to}; the range is empty`);
  return { from: start, to: end };
}
