import { changeStats, compareFacts, type Change } from '../query/changes.js';
import type { ReleaseRecord } from './record.js';
import { neededLevel } from './version.js';

/** Where the data releases sit in CHANGELOG.md; the rest of the file is written by hand. */
export const begin = '<!-- data releases: written by npm run release:data; edit above or below -->';
export const end = '<!-- end of data releases -->';

/** The most corrections a release's entry lists one by one; `astana changes` gives them all. */
const listed = 40;

const show = (value: unknown): string => (value === undefined || value === null ? '–' : Array.isArray(value) ? value.join('; ') : String(value));
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/`/g, "'");

/** One release's entry: what it needed, counts per kind of fact, and its corrections one by one. */
export function releaseEntry(record: ReleaseRecord, previous: ReleaseRecord | undefined, owners: readonly string[]): string {
  const title = `### Data ${record.version} (${record.released})`;
  if (previous === undefined) return `${title}\n\nThe first release: ${record.facts.size.toLocaleString('en')} facts.\n`;
  const changes = compareFacts(previous.facts, record.facts, owners);
  const needed = neededLevel(changes, previous.shape, record.shape);
  const total = changeStats(changes).at(-1)!;
  const kinds = changeStats(changes).filter((s) => s.group === 'kind');
  const corrections = changes.filter((c) => c.change === 'changed');
  const lines = [
    title,
    '',
    `Since ${previous.version}: ${total.added} facts added, ${total.removed} removed, ${total.changed} changed and ${total.sources} sourced anew${needed ? ` (${needed.level}: ${needed.why})` : ''}. \`astana changes --since ${previous.version}\` lists each with its old and new values and sources.`,
    '',
    '| kind of fact | added | removed | changed | sourced anew |',
    '|---|---:|---:|---:|---:|',
    ...kinds.map((s) => `| ${s.name} | ${s.added} | ${s.removed} | ${s.changed} | ${s.sources} |`),
    '',
  ];
  if (corrections.length > 0) {
    lines.push(`Values changed${corrections.length > listed ? ` (the first ${listed} of ${corrections.length})` : ''}:`, '');
    for (const c of corrections.slice(0, listed)) lines.push(`- \`${cell(c.key)}\`: ${correction(c)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function correction(c: Change): string {
  return c.fields
    .filter((f) => f !== 'sources')
    .map((f) => fieldChange(f, c.old?.[f], c.new?.[f]))
    .join('; ');
}

/** A text that only gained or lost words at its end is shown by what changed, not twice in full: research notes grow a sentence at a time. */
function fieldChange(field: string, before: unknown, after: unknown): string {
  if (typeof before === 'string' && typeof after === 'string' && before !== '' && after !== '') {
    if (after.startsWith(before)) return `${field} gained “${cell(after.slice(before.length).trim())}”`;
    if (before.startsWith(after)) return `${field} lost “${cell(before.slice(after.length).trim())}”`;
  }
  return `${field} ${cell(show(before))} → ${cell(show(after))}`;
}

/** CHANGELOG.md with its data section rewritten from the records, newest first. */
export function withDataReleases(changelog: string, records: readonly ReleaseRecord[], owners: readonly string[]): string {
  const entries = records.map((r, i) => releaseEntry(r, records[i - 1], owners)).reverse();
  const section = `${begin}\n\n${entries.join('\n')}\n${end}`;
  const at = changelog.indexOf(begin);
  if (at < 0) return `${changelog.trimEnd()}\n\n## Data releases\n\n${section}\n`;
  const stop = changelog.indexOf(end, at);
  return `${changelog.slice(0, at)}${section}${stop < 0 ? '\n' : changelog.slice(stop + end.length)}`;
}
