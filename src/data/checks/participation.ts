import type { MeetingBody } from '../../model/dataset.js';
import type { PartiesFile } from '../../model/types.js';
import { suggest } from '../../text/suggest.js';
import { isMeetingKind } from '../../model/dataset.js';
import type { Report } from './index.js';
import type { StoredFile } from '../raw-data.js';

/**
 * A party's participation names meetings that exist, in order, and no meeting outside it may
 * record the party present or absent: the window says the party was not yet, or no longer, part
 * of the format, which a record there would contradict. An unknown meeting is named only when
 * every meeting file could be read and checked.
 */
export function participationChecks(files: readonly StoredFile[], report: Report, options: { complete: boolean }): void {
  const meetings = new Map<string, { file: StoredFile; body: MeetingBody }>();
  for (const f of files) if (isMeetingKind(f.kind)) meetings.set(`${f.kind}-${(f.value as Record<string, number>)[f.kind]}`, { file: f, body: f.value as MeetingBody });
  for (const file of files.filter((f) => f.kind === 'parties')) {
    (file.value as PartiesFile).parties.forEach((party, i) => {
      const window = party.participation;
      if (window === undefined) return;
      const at = (key: 'from' | 'until') => ['parties', i, 'participation', key];
      if (window.from === undefined && window.until === undefined) return report(file, 'participation/empty', ['parties', i, 'participation'], { party: party.id });
      const start = (key: 'from' | 'until'): string | undefined => {
        const id = window[key];
        if (id === undefined) return undefined;
        const meeting = meetings.get(id);
        // A meeting file that failed its own checks is missing here: naming it unknown would blame this file for that one.
        if (meeting === undefined && options.complete) report(file, 'ref/unknown-meeting', at(key), { id, suggestions: suggest(id, meetings.keys()).join(', ') });
        return meeting?.body.dates.start;
      };
      const from = start('from');
      const until = start('until');
      if (from !== undefined && until !== undefined && from > until) return report(file, 'participation/order', at('until'), { party: party.id, from: window.from!, until: window.until! });
      for (const [id, { file: meetingFile, body }] of meetings) {
        const outside = (from !== undefined && body.dates.start < from) || (until !== undefined && body.dates.start > until);
        if (!outside) continue;
        body.delegations.forEach((d, j) => d.party === party.id && report(meetingFile, 'participation/outside', ['delegations', j, 'party'], { party: party.id, meeting: id }));
        body.absent?.forEach((a, j) => a.party === party.id && report(meetingFile, 'participation/outside', ['absent', j, 'party'], { party: party.id, meeting: id }));
      }
    });
  }
}
