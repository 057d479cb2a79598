import { buildDataset, type Dataset } from '../../src/model/dataset.js';
import type { Ministerial, Round, Summit } from '../../src/model/types.js';

type Coverage = Round['coverage'];

/** The same dataset with one meeting's coverage replaced: the fixture for "absent only where complete". */
export function withCoverage(data: Dataset, meetingId: string, coverage: Coverage): Dataset {
  const bodies = (kind: string) => data.meetings.filter((m) => m.kind === kind).map((m) => (m.id === meetingId ? { ...m.body, coverage } : m.body));
  return buildDataset({
    rounds: bodies('round') as Round[],
    summits: bodies('summit') as Summit[],
    ministerials: bodies('ministerial') as Ministerial[],
    parties: [...data.parties.values()],
    partySources: [...data.partySources.values()],
    cities: [...data.cities.values()],
    people: [...data.people.values()],
    topics: [...data.topics.values()],
    resolutions: [...data.resolutions.values()],
  });
}
