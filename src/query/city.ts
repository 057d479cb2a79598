import type { Meeting } from '../model/dataset.js';

/**
 * The id of the city a meeting was held in. The only place the export and the report take a
 * city's identity from: until the data has a cities registry, the id is the name as reported,
 * lower-cased and hyphenated.
 */
export function cityIdOf(meeting: Meeting): string {
  return meeting.body.city.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
