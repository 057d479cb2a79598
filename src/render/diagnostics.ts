import type { Diagnostic } from '../data/diagnostic.js';
import { plural } from '../text/plural.js';
import { visible } from './escape.js';

type Args = Diagnostic['args'];

const didYouMean = (args: Args): string => (args.suggestions ? ` (did you mean ${args.suggestions}?)` : '');

/** The only place a diagnostic code becomes English. */
const messages: Readonly<Record<string, (args: Args) => string>> = {
  'load/missing-dir': (a) => `data directory not found: ${a.dir}`,
  'load/missing-file': () => 'required file is missing',
  'load/unreadable': (a) => `cannot read file: ${a.reason}`,
  'load/not-a-file': (a) => `not a data file: ${a.type}`,
  'load/outside-link': () => 'a symbolic link out of the data directory; refusing to read it',
  'load/too-large': (a) => `file is ${a.size} bytes, over the ${a.limit}-byte limit for a data file`,
  'load/binary': (a) => `binary content (a NUL byte at offset ${a.offset}); data files are UTF-8 YAML text`,
  'load/encoding': () => 'not valid UTF-8 here; save the file as UTF-8',
  'load/empty': () => 'the file is empty',
  'yaml/too-deep': (a) => `nested more than ${a.limit} levels deep; refusing to parse`,
  'yaml/too-many-aliases': () => 'too many YAML alias expansions (possible "billion laughs" input); refusing to expand',
  'yaml/unknown-tag': (a) => `unknown YAML tag ${a.tag}; data files use plain YAML 1.2 (strings, numbers, booleans, null, lists, mappings)`,
  'yaml/duplicate-key': () => 'duplicate key: each key may appear once in a mapping',
  'yaml/tab-as-indent': () => 'tab used for indentation; YAML indents with spaces',
  'yaml/multiple-docs': () => 'more than one YAML document; a data file holds exactly one',
  'schema/required': (a) => `missing required property '${a.property}'`,
  'schema/additionalProperties': (a) => `unknown property '${a.property}'`,
  'schema/enum': (a) => `${a.path} must be one of: ${a.allowed}`,
  'ref/unknown-party': (a) => `unknown party '${a.id}'${didYouMean(a)}`,
  'ref/unknown-person': (a) => `unknown person '${a.id}'${didYouMean(a)}`,
  'ref/unknown-topic': (a) => `unknown topic '${a.id}'${didYouMean(a)}`,
  'ref/unknown-resolution': (a) => `unknown resolution '${a.id}'${didYouMean(a)}`,
  'ref/unknown-city': (a) => `unknown city '${a.name}'${didYouMean(a)}; cities.yaml lists each city with the names it has had`,
  'ref/ambiguous-city-name': (a) => `'${a.name}' already names the city '${a.other}'; a name can stand for one city only`,
  'ref/unknown-source': (a) => `unknown source '${a.id}'${didYouMean(a)}`,
  'ref/duplicate-id': (a) => `duplicate id '${a.id}'`,
  'ref/duplicate-source': (a) => `duplicate source id '${a.id}'`,
  'source/listing-page': (a) => `source URL ${a.url} looks like a listing page (tag, category, search or paginated) whose content changes; cite the article itself`,
  'source/trailing-dot-host': (a) => `source URL ${a.url} has a trailing dot after the host name; drop it`,
  'source/bad-url': (a) => `source URL ${a.url} is not a valid URL`,
  'source/html-entity': (a) => `source URL ${a.url} holds an HTML entity such as &amp;, copied from a page's source; write the character itself`,
  'source/unused': (a) => `source '${a.id}' is defined but never cited`,
  'ref/unknown-meeting': (a) => `unknown meeting '${a.id}'${didYouMean(a)}`,
  'participation/empty': (a) => `the participation of '${a.party}' needs 'from', 'until' or both`,
  'participation/order': (a) => `the participation of '${a.party}' ends (${a.until}) before it begins (${a.from})`,
  'participation/outside': (a) => `${a.meeting} records '${a.party}', which data/parties.yaml says was not part of the format then`,
  'meeting/duplicate-number': (a) => `${a.kind} ${a.number} is also defined in ${a.other}`,
  'meeting/duplicate-delegation': (a) => `party '${a.party}' has more than one delegation`,
  'meeting/file-name': (a) => `${a.kind} ${a.number} belongs in a file named ${a.expected}`,
  'ref/unused-topic': (a) => `topic '${a.id}' is not on any meeting's agenda`,
  'ref/unused-resolution': (a) => `resolution '${a.id}' is not cited by any meeting`,
  'coverage/complete-without-basis': (a) => `coverage.${a.part} is complete, but coverage.basis names no document that was read`,
  'text/control-character': (a) => `${a.path} contains ${a.char}, a control or bidirectional formatting character; text holds printable characters on one line`,
  'text/invisible-character': (a) => `${a.path} contains ${a.char}, an invisible character; a name holds only what a reader can see (the joiners U+200C and U+200D aside)`,
  'ref/shared-name': (a) => `'${a.name}' also names ${a.kind} '${a.other}'; a name or alias must point to one ${a.kind}`,
  'people/same-name': (a) => `'${a.name}' is also the name of '${a.other}': one person under two ids, or two people to tell apart`,
  'meeting/present-and-absent': (a) => `party '${a.party}' is listed both with a delegation and as absent`,
  'meeting/number-gap': (a) => `no ${a.kind} numbered ${a.missing} before ${a.kind} ${a.number}`,
  'source/unknown-language': (a) => `'${a.language}' is not an ISO 639-1 language code${didYouMean(a)}`,
  'dates/after-sources': (a) => `starts on ${a.start}, after the newest source in the dataset (${a.newest}): announced rather than held?`,
  'dates/invalid': (a) => `'${a.date}' is not a calendar date`,
  'release/invalid': (a) => `this release record cannot be read: ${a.reason}; rebuild it with npm run release:data`,
  'dates/end-before-start': (a) => `end date ${a.end} is before start date ${a.start}`,
  'dates/overlap': (a) => `${a.kind} ${a.number} starts before ${a.kind} ${a.other} ends`,
};

export function diagnosticMessage(d: Diagnostic): string {
  // Arguments quote the data, and a message is printed to a terminal: show control characters as escapes.
  return visible(englishOf(d, Object.fromEntries(Object.entries(d.args).map(([k, v]) => [k, typeof v === 'string' ? visible(v) : v]))));
}

function englishOf(d: Diagnostic, args: Args): string {
  if (Object.hasOwn(messages, d.code)) return messages[d.code]!(args);
  if (d.code.startsWith('yaml/')) return `YAML syntax error: ${args.detail ?? d.code}`;
  // Other schema keywords: ajv's own wording, prefixed with where it applies.
  return `${args.path ?? ''} ${args.detail ?? d.code}`.trim();
}

export function location(d: Diagnostic, base: string): string {
  // A file name can hold any character but '/' and NUL, escape sequences included.
  const file = visible(d.file === '.' ? base : `${base.replace(/\/$/, '')}/${d.file}`);
  return d.line > 0 ? `${file}:${d.line}:${d.column}` : file;
}

/** `file:line:col: message [code]`, the one-line form used by query commands and `validate`. */
export function describeDiagnostic(d: Diagnostic, base: string): string {
  const warning = d.severity === 'warning' ? 'warning: ' : '';
  return `${location(d, base)}: ${warning}${diagnosticMessage(d)} [${d.code}]`;
}

/** The one line a query prints when the data is invalid: the first problem, and where to see the rest. */
export function invalidDataMessage(first: Diagnostic, more: number, shown: string): string {
  const tail = more > 0 ? ` (and ${plural(more, 'more problem')}; run 'astana validate')` : " (run 'astana validate')";
  return `invalid data: ${describeDiagnostic(first, shown)}${tail}`;
}
