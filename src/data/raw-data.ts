import type { RawData } from '../model/dataset.js';
import type { CitiesFile, Metadata, Ministerial, PartiesFile, PeopleFile, ResolutionsFile, Round, Summit, TopicsFile } from '../model/types.js';
import type { ParsedFile } from './yaml/parse.js';

/** A parsed data file without its text: what the checks need, and what the cache stores. */
export type StoredFile = Pick<ParsedFile, 'kind' | 'path' | 'value'>;

/** Files that passed their schemas, gathered into the shape the dataset is built from. */
export function rawData(files: readonly StoredFile[]): RawData {
  const values = <T>(kind: StoredFile['kind']): T[] => files.filter((f) => f.kind === kind).map((f) => f.value as T);
  return {
    rounds: values<Round>('round'),
    summits: values<Summit>('summit'),
    ministerials: values<Ministerial>('ministerial'),
    parties: values<PartiesFile>('parties').flatMap((f) => f.parties),
    partySources: values<PartiesFile>('parties').flatMap((f) => f.sources ?? []),
    people: values<PeopleFile>('people').flatMap((f) => f.people),
    topics: values<TopicsFile>('topics').flatMap((f) => f.topics),
    resolutions: values<ResolutionsFile>('resolutions').flatMap((f) => f.resolutions),
    cities: values<CitiesFile>('cities').flatMap((f) => f.cities),
    ...(values<Metadata>('dataset')[0] === undefined ? {} : { metadata: values<Metadata>('dataset')[0] }),
  };
}
