import { metadataFile } from '../data/yaml/read.js';
import { UsageError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import type { Metadata, Source } from '../model/types.js';
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

/**
 * What the dataset says of itself, to cite it: title, maintainers, version, release date and
 * licence. Data of one's own may have no dataset.yaml, and then there is nothing to cite; `shown`
 * is the data directory as the user gave it.
 */
export function citedDataset(data: Dataset, shown: string): Metadata {
  if (data.metadata === undefined) throw new UsageError(`the data in '${shown}' has no ${metadataFile}, which names the dataset, its version and its licence: there is no dataset to cite (schemas/dataset.schema.json says what it holds)`);
  return data.metadata;
}
