#!/usr/bin/env node
// Writes a valid dataset of N rounds into DIR, for benchmarks: the bundled registries plus N
// round files with distinct numbers and non-overlapping dates, each shaped like a real round.
// Usage: node bench/generate.mjs <N> <DIR>
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [count, dir] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(count) || count < 1 || !dir) {
  console.error('usage: node bench/generate.mjs <N> <DIR>');
  process.exit(2);
}
const data = fileURLToPath(new URL('../data', import.meta.url));
mkdirSync(join(dir, 'rounds'), { recursive: true });
for (const name of ['parties.yaml', 'people.yaml', 'topics.yaml', 'resolutions.yaml', 'cities.yaml']) copyFileSync(join(data, name), join(dir, name));

// Every topic and resolution of the registries is used, so the dataset validates without warnings.
const ids = (file) => [...readFileSync(join(data, file), 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
const topicIds = ids('topics.yaml');
const resolutionIds = ids('resolutions.yaml');
const day = 24 * 60 * 60 * 1000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const width = Math.max(2, String(count).length);
const first = Date.UTC(1900, 0, 1);

for (let n = 1; n <= count; n++) {
  // Three days apart: each round lasts two days, so no two overlap.
  const start = first + (n - 1) * 3 * day;
  const agenda = [0, 1, 2, 3, 4, 5]
    .map((i) => topicIds[(n * 6 + i) % topicIds.length])
    .map((t, i) => `  - topic: ${t}\n    summary: Generated agenda item ${i + 1} of round ${n}\n    sources: [s${(i % 3) + 1}]`)
    .join('\n');
  const text = `round: ${n}
dates:
  start: "${iso(start)}"
  end: "${iso(start + day)}"
  sources: [s1]
city:
  name: ${n % 7 === 0 ? 'Sochi' : 'Astana'}
  sources: [s1]
delegations:
  - party: russia
    role: guarantor
    head: { person: lavrentiev, title: Special envoy, sources: [s1] }
    sources: [s1]
  - party: turkey
    role: guarantor
    head:
      versions:
        - { person: unal, sources: [s2] }
        - { person: onal, sources: [s3] }
    sources: [s2]
  - party: iran
    role: guarantor
    head: { person: khaji, sources: [s1] }
    sources: [s1]
  - party: syria-government
    role: party
    sources: [s2]
  - party: syria-opposition
    role: party
    head: { person: toma, sources: [s2] }
    sources: [s2]
  - party: un
    role: observer
    sources: [s3]
agenda:
${agenda}
resolutions:
  - resolution: ${resolutionIds[n % resolutionIds.length]}
    context: joint-statement
    quote: Generated quote for round ${n}
    sources: [s1]
coverage:
  agenda: complete
  resolutions: complete
  basis: [s1]
documents:
  - title: Joint statement of round ${n}
    kind: joint-statement
    sources: [s1]
sources:
  - id: s1
    url: https://example.org/round/${n}/statement
    publisher: Example
    title: "[Generated source 1]"
    language: en
  - id: s2
    url: https://example.org/round/${n}/report
    publisher: Example
    title: "[Generated source 2]"
    language: en
  - id: s3
    url: https://example.org/round/${n}/other
    publisher: Example
    title: "[Generated source 3]"
    language: ar
`;
  writeFileSync(join(dir, 'rounds', `${String(n).padStart(width, '0')}.yaml`), text);
}
