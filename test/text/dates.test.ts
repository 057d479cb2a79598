import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/text/dates.js';

/** The slow, obvious reference: what the JavaScript calendar makes of the date, read as UTC. */
const reference = (date: string): boolean => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2017-02-31', false],
    ['2017-04-31', false],
    ['2017-12-31', true],
    ['2017-13-01', false],
    ['2017-00-10', false],
    ['2017-01-00', false],
    ['2017-1-01', false],
  ])('%s is %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });

  it('agrees with the JavaScript calendar on any YYYY-MM-DD', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const year = fc.integer({ min: 1000, max: 9999 }).map(String);
    fc.assert(
      fc.property(year, two, two, (y, m, d) => {
        expect(isCalendarDate(`${y}-${m}-${d}`), `${y}-${m}-${d}`).toBe(reference(`${y}-${m}-${d}`));
      }),
      { numRuns: 5000 },
    );
  });
});
