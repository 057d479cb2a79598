import { loadDataset } from '../../src/data/source.js';
import type { Dataset } from '../../src/model/dataset.js';
import { bundledData } from './run.js';

/** The bundled dataset, validated from its YAML (no snapshot, no cache). */
export const bundled = (): Promise<Dataset> => loadDataset(bundledData, { shown: 'data', env: {} });
