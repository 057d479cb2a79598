const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real YYYY-MM-DD date (no 30 February), in the proleptic Gregorian calendar. */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : daysIn[month - 1]!);
}

/** "2024-01-24 to 2024-01-25", or one date when a meeting lasted a day. */
export const dateSpan = (start: string, end: string): string => (start === end ? start : `${start} to ${end}`);
