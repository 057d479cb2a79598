import { loadDataset } from '../../src/data/source.js';
import type { Dataset } from '../../src/model/dataset.js';
import { fixtures } from './run.js';

/** The small hand-made dataset in fixtures/mini: two rounds and a summit, a dispute, an absence. */
export const mini = (): Promise<Dataset> => loadDataset(`${fixtures}/mini`, { shown: 'mini', env: {} });
