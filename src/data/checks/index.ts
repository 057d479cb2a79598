import type { City } from '../../model/types.js';
import type { Diagnostic, Severity } from '../diagnostic.js';
import { isMeetingKind } from '../../model/dataset.js';
import { datasetChecks } from './dataset.js';
import { meetingChecks } from './meeting.js';
import { registryChecks } from './registry.js';
import type { StoredFile } from '../raw-data.js';

export type Path = readonly (string | number)[];
export type Report = (file: StoredFile, code: string, path: Path, args: Record<string, string | number>, severity?: Severity, key?: string) => void;

/** The ids each registry defines; a registry that could not be read is absent, and references to it go unchecked. */
export interface Registries {
  readonly parties?: ReadonlySet<string>;
  readonly people?: ReadonlySet<string>;
  readonly topics?: ReadonlySet<string>;
  readonly resolutions?: ReadonlySet<string>;
  /** The cities by id: a meeting names its city by the name it had at the time. */
  readonly cities?: ReadonlyMap<string, City>;
}


/** Diagnostics with value paths, to be given lines and columns by locate.ts. */
export function collector(): { readonly found: Diagnostic[]; readonly report: Report } {
  const found: Diagnostic[] = [];
  const report: Report = (file, code, path, args, severity = 'error', key) => {
    found.push({ code, severity, file: file.path, line: 0, column: 0, args, at: { segments: path, key } });
  };
  return { found, report };
}

/**
 * Rules JSON Schema cannot express: references between files, duplicates, names two entries
 * share, dates that must be real and ordered, languages that exist. Runs only on files that
 * passed their schema, so shapes can be trusted. `complete` says every data file could be read
 * and passed: only then can a number be called missing or a registry entry unused.
 */
export function crossFileChecks(files: readonly StoredFile[], options: { complete: boolean } = { complete: true }): Diagnostic[] {
  const { found, report } = collector();
  const registries = registryChecks(files, report);
  for (const file of files) if (isMeetingKind(file.kind)) meetingChecks(file, file.kind, registries, report);
  datasetChecks(files, report, options);
  return found;
}
