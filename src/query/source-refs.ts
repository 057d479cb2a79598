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

/** The meeting's sources with these ids, in the order given. */
export function sourceRefs(meeting: MeetingBody, ids: readonly string[]): SourceRef[] {
  const byId = new Map(meeting.sources.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const source = byId.get(id);
    return source ? [refOf(source)] : [];
  });
}
