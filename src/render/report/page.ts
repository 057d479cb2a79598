import { createHash } from 'node:crypto';
import type { ReportModel } from '../../query/report.js';
import { attendanceSection, timelineSection, topicsSection } from './charts.js';
import { meetingsSection, resolutionsSection } from './facts.js';
import { holdingsSection } from './holdings.js';
import { dateRange, esc } from './html.js';
import { datasetJsonLd, jsonLdScript } from './json-ld.js';
import { styles } from './styles.js';

// Details open for printing; the meetings' articles are unpacked (see facts.ts), then a link to
// one of them that opened the page is followed; the meeting filter, hidden without script, shows
// and hides kinds.
const script = [
  "addEventListener('beforeprint',()=>{for(const d of document.querySelectorAll('details'))d.open=true})",
  "const p=document.getElementById('meetings-data')",
  "if(p){const b=Uint8Array.from(atob(p.textContent),c=>c.charCodeAt(0));new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text().then(h=>{document.getElementById('meetings-body').innerHTML=h;const t=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));if(t)t.scrollIntoView();document.documentElement.dataset.ready=''})}",
  "const f=document.getElementById('filter')",
  "if(f){f.hidden=false;f.addEventListener('change',e=>{for(const a of document.querySelectorAll('article.'+e.target.value))a.hidden=!e.target.checked})}",
].join(';');

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Nothing may load from anywhere: the one style sheet and the one script are allowed by their
 * hashes, images only as data: URLs. Links to sources still navigate.
 */
const csp = `default-src 'none'; style-src ${hash(styles)}; script-src ${hash(script)}; img-src data:; base-uri 'none'; form-action 'none'`;

// A hatching shared by every chart: "unknown" looks different from "absent" in colour and in print.
const defs = '<svg width="0" height="0" aria-hidden="true" focusable="false" class="defs"><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs></svg>';

export interface PageInfo {
  readonly version: string;
}

/** One self-contained HTML page: the same model gives the same bytes. */
export function reportPage(model: ReportModel, info: PageInfo): string {
  const first = model.meetings[0];
  const last = model.meetings.at(-1);
  const counts = (['round', 'summit', 'ministerial'] as const).map((k) => model.meetings.filter((m) => m.kind === k).length);
  const span = first && last ? `, from ${dateRange(first.start, first.end)} to ${dateRange(last.start, last.end)}` : '';
  const sections = first
    ? [holdingsSection(model), timelineSection(model), attendanceSection(model), topicsSection(model), resolutionsSection(model), meetingsSection(model)].join('\n')
    : '<p>The data holds no meetings yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>The Astana-format talks on Syria: a report</title>
${jsonLdScript(datasetJsonLd(model))}<style>${styles}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
${defs}
<header>
<h1>The Astana-format talks on Syria</h1>
<p class="lead">${counts[0]} rounds, ${counts[1]} presidential summits and ${counts[2]} foreign ministers' meetings${span}. Every fact links to the public page that states it. What the data does not record is shown as <em>unknown</em>, never as absent.</p>
</header>
<nav aria-label="Sections"><ul><li><a href="#holdings">What the data holds</a></li><li><a href="#timeline">Timeline</a></li><li><a href="#attendance">Attendance</a></li><li><a href="#topics">Agenda topics</a></li><li><a href="#resolutions">UN resolutions</a></li><li><a href="#meetings">Meetings</a></li></ul></nav>
<main id="main" tabindex="-1">
${sections}
</main>
<footer><p>Made by astana ${esc(info.version)} from ${model.metadata ? `data ${esc(model.metadata.version)}, released ${esc(model.metadata.released)} (content ${model.dataHash})` : `data with content hash ${model.dataHash}`}${model.asOf ? `; the latest date in the data is ${model.asOf}` : ''}.</p></footer>
<script>${script}</script>
</body>
</html>
`;
}
