import common from '../../schemas/common.schema.json' with { type: 'json' };
import round from '../../schemas/round.schema.json' with { type: 'json' };
import summit from '../../schemas/summit.schema.json' with { type: 'json' };
import ministerial from '../../schemas/ministerial.schema.json' with { type: 'json' };
import parties from '../../schemas/parties.schema.json' with { type: 'json' };
import people from '../../schemas/people.schema.json' with { type: 'json' };
import topics from '../../schemas/topics.schema.json' with { type: 'json' };
import resolutions from '../../schemas/resolutions.schema.json' with { type: 'json' };
import type { FileKind } from './load.js';

/** The data schemas by kind of file: the single source of truth for what a file may hold. */
export const schemaIds: Record<FileKind, string> = {
  round: 'round.schema.json',
  summit: 'summit.schema.json',
  ministerial: 'ministerial.schema.json',
  parties: 'parties.schema.json',
  people: 'people.schema.json',
  topics: 'topics.schema.json',
  resolutions: 'resolutions.schema.json',
};

export const dataSchemas: readonly object[] = [common, round, summit, ministerial, parties, people, topics, resolutions];
