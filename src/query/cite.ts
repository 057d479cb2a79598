import type { Dataset } from '../model/dataset.js';
import type { Source } from '../model/types.js';
import { resolveMeetingOrRound } from './meetings.js';

export interface CitedSource extends Source {
  /** The meeting whose facts this source supports. */
  readonly meeting: string;
}

/** The sources behind one meeting (a round number or a meeting id), or behind every meeting. */
export function citedSources(data: Dataset, arg?: string): CitedSource[] {
  const meetings = arg === undefined ? data.meetings : [resolveMeetingOrRound(data, arg)];
  return meetings.flatMap((m) => m.body.sources.map((s) => ({ ...s, meeting: m.id })));
}
