import { loadDataset } from '../../src/data/pipeline.js';
import type { Dataset } from '../../src/model/dataset.js';
import { fixtures } from './run.js';

/** The small hand-made dataset in fixtures/mini: two rounds, a dispute, an absence. */
export const mini = (): Dataset => loadDataset(`${fixtures}/mini`);
