import type { MeetingBody } from '../model/dataset.js';
import type { Source } from '../model/types.js';

/** A source as a fact that spans meetings cites it: enough to find and name the page. */
export interface SourceRef {
  readonly id: string;
  readonly url: string;
  readonly publisher: string;
  readonly title: string;
  readonly date?: string;
}

const refOf = ({ id, url, publisher, title, date }: Source): SourceRef => (date ? { id, url, publisher, title, date } : { id, url, publisher, title });

/** The URLs of sources, for the line formats, which cite pages by URL. */
export const urlsOf = (sources: readonly { readonly url: string }[] | undefined): string[] => (sources ?? []).map((s) => s.url);

/** The sources with these ids, of a meeting or of the map of a registry's sources, in the order given. */
export function sourceRefs(meeting: Pick<MeetingBody, 'sources'> | ReadonlyMap<string, Source>, ids: readonly string[]): SourceRef[] {
  const byId = meeting instanceof Map ? meeting : new Map((meeting as Pick<MeetingBody, 'sources'>).sources.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const source = byId.get(id);
    return source ? [refOf(source)] : [];
  });
}
