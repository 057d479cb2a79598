import { loadDataset } from '../../src/data/pipeline.js';
import type { Dataset } from '../../src/model/dataset.js';
import { bundledData } from './run.js';

let cached: Dataset | undefined;

/** The bundled dataset, loaded once per test file. */
export function bundled(): Dataset {
  cached ??= loadDataset(bundledData);
  return cached;
}
