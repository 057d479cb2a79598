import { tables } from '../../export/resources.js';
import type { ReportModel } from '../../query/report.js';
import { datasetLanguage, datasetText } from '../dataset-citation.js';

/**
 * The page's schema.org `Dataset` description, for search engines and catalogues that read
 * JSON-LD: what data/dataset.yaml says, the span and places of the meetings, and what the data
 * records. Without dataset.yaml there is no name to give, so there is none. No `url` or
 * `distribution`: the dataset has no address of its own, and the page may be anywhere.
 */
export function datasetJsonLd(model: ReportModel): object | undefined {
  const m = model.metadata;
  if (m === undefined) return undefined;
  const first = model.meetings[0];
  // The last meeting to start need not be the last to end.
  const end = model.meetings.reduce((latest, meeting) => (meeting.end > latest ? meeting.end : latest), first?.end ?? '');
  // A place that is no city (a video conference) has no country, and no place in the world.
  const places = model.cities.filter((c) => c.country !== undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: m.title,
    description: m.description,
    version: m.version,
    datePublished: m.released,
    license: m.licence.url,
    creator: m.maintainers.map((p) => ({ '@type': 'Organization', name: p.name, ...(p.email ? { email: p.email } : {}), ...(p.url ? { url: p.url } : {}) })),
    ...(m.keywords && m.keywords.length > 0 ? { keywords: m.keywords } : {}),
    inLanguage: datasetLanguage,
    isAccessibleForFree: true,
    ...(first ? { temporalCoverage: `${first.start}/${end}` } : {}),
    ...(places.length > 0
      ? {
          spatialCoverage: places.map((c) => ({
            '@type': 'Place',
            name: c.name,
            ...(c.aliases && c.aliases.length > 0 ? { alternateName: c.aliases } : {}),
            containedInPlace: { '@type': 'Country', name: c.country },
          })),
        }
      : {}),
    // The tables `astana export` writes are what the data records, each described once there.
    variableMeasured: tables.map((t) => ({ '@type': 'PropertyValue', name: t.name, description: t.description })),
    // How to cite it. schema.org's `citation` names works this one cites, so the credit goes here.
    creditText: datasetText(m),
  };
}

/**
 * A data block no browser runs, so the page's Content-Security-Policy does not apply to it. Its
 * JSON may hold any text of the data: `<` and `>` become \u escapes, so no `</script>` or `<!--`
 * can end the element early, and `&` and the two line separators with them.
 */
export function jsonLdScript(value: object | undefined): string {
  if (value === undefined) return '';
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json">${json}</script>\n`;
}
