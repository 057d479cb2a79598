import type { Dataset, Meeting } from '../model/dataset.js';

/** One searchable text: where it sits (a field path in its meeting or registry) and what it says. */
export interface SearchText {
  /** The meeting it belongs to; undefined for the registries. */
  readonly meeting?: string;
  readonly path: string;
  readonly text: string;
}

/**
 * Every text a full-text search covers: agenda summaries, notes, resolution quotes, document
 * titles, next-meeting summaries and source titles and publishers of each meeting; the names and
 * aliases of parties and people, topic labels and descriptions, and resolution subjects.
 */
export function searchTexts(data: Dataset): SearchText[] {
  return [...data.meetings.flatMap(meetingTexts), ...registryTexts(data)];
}

function meetingTexts(m: Meeting): SearchText[] {
  const b = m.body;
  const out: SearchText[] = [];
  const add = (path: string, text: string | undefined): void => {
    if (text !== undefined) out.push({ meeting: m.id, path, text });
  };
  b.agenda.forEach((a, i) => add(`agenda[${i}].summary`, a.summary));
  (b.notes ?? []).forEach((n, i) => add(`notes[${i}].text`, n.text));
  (b.resolutions ?? []).forEach((r, i) => add(`resolutions[${i}].quote`, r.quote));
  (b.documents ?? []).forEach((d, i) => add(`documents[${i}].title`, d.title));
  if (b.next !== undefined) {
    if ('versions' in b.next) b.next.versions.forEach((v, i) => add(`next.versions[${i}].summary`, v.summary));
    else add('next.summary', b.next.summary);
  }
  b.sources.forEach((s, i) => {
    add(`sources[${i}].title`, s.title);
    add(`sources[${i}].publisher`, s.publisher);
  });
  return out;
}

function registryTexts(data: Dataset): SearchText[] {
  const named = (registry: string, items: Iterable<{ id: string; name: string; aliases?: string[] }>): SearchText[] =>
    [...items].flatMap((x) => [{ path: `${registry}.${x.id}.name`, text: x.name }, ...(x.aliases ?? []).map((a, i) => ({ path: `${registry}.${x.id}.aliases[${i}]`, text: a }))]);
  return [
    ...named('parties', data.parties.values()),
    ...named('people', data.people.values()),
    ...[...data.topics.values()].flatMap((t) => [{ path: `topics.${t.id}.label`, text: t.label }, { path: `topics.${t.id}.description`, text: t.description }]),
    ...[...data.resolutions.values()].map((r) => ({ path: `resolutions.${r.id}.subject`, text: r.subject })),
  ];
}
