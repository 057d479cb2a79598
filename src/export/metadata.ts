import type { Dataset } from '../model/dataset.js';
import type { Metadata, Source } from '../model/types.js';
import { dataHash, latestDate } from '../query/data-version.js';

/** The package's name, by which an earlier export is recognised (and replaced in one step). */
export const packageName = 'astana-talks-on-syria';

/** What the export knows of the tool that writes it. */
export interface PackageInfo {
  /** The tool's version (package.json), not the data's. */
  readonly version: string;
}

export type Maintainer = Metadata['maintainers'][number];

export interface Licence {
  /** The SPDX identifier, such as CC-BY-4.0. */
  readonly id: string;
  readonly name: string;
  readonly url: string;
  /** What the licence does not cover. */
  readonly scope: string;
}

/**
 * What the package says of itself: datapackage.json, the codebook and the SQLite `metadata`
 * table are all written from this one value.
 */
export interface PackageMetadata {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly version: string;
  /** The release day (YYYY-MM-DD); data without dataset.yaml has none. */
  readonly released?: string;
  /** An ISO datetime: the release day, else the latest date the data states. */
  readonly created?: string;
  readonly licence?: Licence;
  readonly maintainers: readonly Maintainer[];
  readonly keywords: readonly string[];
  readonly process?: Metadata['process'];
  /** The pages dataset.yaml cites (for the process ids). */
  readonly sources: readonly Source[];
}

// Every fact quotes or links public pages the dataset does not own, whatever data is exported.
const scopeByDefault = "The licence covers the compilation and coding of the data; quoted passages and the pages linked remain their publishers'.";

// For data without dataset.yaml, which says nothing of itself: what the tool's data is about.
const fallback = {
  title: 'The Astana-format talks on Syria',
  description:
    "The rounds of the Astana-format International Meeting on Syria, the guarantors' presidential summits and their foreign ministers' meetings: dates, cities, delegations and their heads, agendas, UN resolutions cited, documents adopted and the next meeting agreed. Every fact carries the public page that states it.",
  keywords: ['Syria', 'Astana format', 'peace process', 'diplomacy'],
};

/**
 * Everything here comes from the data and the tool, nothing from the clock, so the same data
 * exports to the same bytes.
 */
export function packageMetadata(data: Dataset, info: PackageInfo): PackageMetadata {
  const meta = data.metadata;
  if (meta === undefined) {
    // Data of one's own without dataset.yaml has no version: the tool's version and the data's
    // content hash tell two exports apart, and the latest date the data states stands for a release.
    const latest = latestDate(data);
    return {
      name: packageName,
      ...fallback,
      version: `${info.version}+data.${dataHash(data)}`,
      ...(latest === undefined ? {} : { created: `${latest}T00:00:00Z` }),
      maintainers: [],
      sources: [],
    };
  }
  return {
    name: packageName,
    title: meta.title,
    description: meta.description,
    version: meta.version,
    released: meta.released,
    created: `${meta.released}T00:00:00Z`,
    licence: { id: meta.licence.id, name: meta.licence.name, url: meta.licence.url, scope: meta.licence.note ?? scopeByDefault },
    maintainers: meta.maintainers,
    keywords: meta.keywords ?? fallback.keywords,
    ...(meta.process === undefined ? {} : { process: meta.process }),
    sources: meta.sources ?? [],
  };
}
