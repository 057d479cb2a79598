import { formatDescriptions, formats, recordFormats } from '../render/output.js';
import { formatVersion } from '../render/format-version.js';

/** A paragraph, or a list of terms each with its text, as `help` prints them. */
type Block = string | readonly (readonly [term: string, text: string])[];

interface Topic {
  readonly title: string;
  readonly blocks: readonly Block[];
}

const exitCodes: Topic = {
  title: 'Exit codes',
  blocks: [
    [
      ['0', 'success (validate: no errors; warnings allowed unless --strict)'],
      ['1', "validate found problems; agenda diff --exit-code and diff --exit-code found a difference, confirmed or unconfirmed (an item recorded at one meeting only, which partial coverage leaves open, counts: the JSON's 'unconfirmed' tells them apart)"],
      ['2', 'usage: a bad flag or value, or an unknown round, party, topic, meeting or resolution; one line on stderr names the nearest valid choices'],
      ['3', "the data is invalid; the message names the first problem as file:line:col and points to 'astana validate' (a --data path that is missing or not a directory is a usage error)"],
      ['70', 'an internal error (a bug); the message asks you to report it'],
      ['74', 'the output could not be written (a full disk, an I/O error, an unwritable file, a pager that failed or was killed); a stdout closed with >&- is not seen, since Node reopens it on /dev/null before astana starts'],
      ['130', 'interrupted (Ctrl-C): ended at once by the signal, so a script that ran astana stops too'],
    ],
  ],
};

const outputFormats: Topic = {
  title: "Output formats (--format, or --json for json; each command's help lists its own)",
  blocks: [
    formats.map((f) => [f, formatDescriptions[f]] as const),
    `${recordFormats.join(', ')} print records: the items of a list; for 'rounds show' and 'meetings show' one record per item of every section (meeting, coverage, delegation, absent, agenda, resolution, document, next, note, source), with a 'section' field; for 'agenda diff' one per topic, for 'resolutions show' one per meeting. csv and tsv flatten nested fields to dotted columns (head.name) and join lists with '; '; their header row is the same whatever the data, even when there are no records.`,
    "--fields a,b keeps only those fields: record columns for tsv and csv, top-level keys for json, yaml and ndjson. A wrong name lists the available ones. --section keeps only some sections of 'rounds show' and 'meetings show', in every format; in tsv and csv only those sections' columns.",
    `JSON output is a contract: field names are stable within a format version (now ${formatVersion}) and each command's shape is a JSON Schema, printed by 'astana schema <command>'.`,
    "csv and tsv cells that begin with = + - @ (or a tab or CR) get a leading ' so that spreadsheets show them as text, not run them as formulas; --keep-formulas prints them as they are. Control characters that reach a table, csv or tsv are shown as escapes (\\x1b, \\u202e).",
    "Piped output is for programs: tsv unless --format says otherwise. To page a table, keep it one: astana rounds show 22 --format table | less -R. Long output on a terminal goes through a pager: $ASTANA_PAGER, else $PAGER, else 'less -FRX'; --no-pager or ASTANA_PAGER=cat turns it off. Piped output is never paged.",
    'Colour: --color auto|always|never; NO_COLOR turns it off, FORCE_COLOR on, TERM=dumb off.',
  ],
};

const data: Topic = {
  title: 'The data, and how to add a meeting',
  blocks: [
    [
      ['data/parties.yaml, people.yaml, topics.yaml, resolutions.yaml, cities.yaml', 'registries'],
      ['data/rounds/NN.yaml', 'one file per round (zero-padded: 01.yaml … 22.yaml)'],
      ['data/summits/NN.yaml', 'presidential summits'],
      ['data/ministerials/NN.yaml', "foreign ministers' meetings"],
    ],
    'To add a meeting:',
    [
      ['1.', "copy the latest file of its kind and change what differs; give the city by its name at the time, which cities.yaml must list as a city's name or alias (add a new one there);"],
      ['2.', "list every page you cite under 'sources' (id, url, publisher, title, language, and the page's own date where it shows one);"],
      ['3.', 'give every fact the ids of the sources that state it: dates, city, each delegation and head, each agenda item (a topic id from topics.yaml), resolution, document and note;'],
      ['4.', "where sources disagree, keep every version under 'versions:'; leave out what no source states, and it shows as unknown;"],
      ['5.', "run 'astana validate' (in CI: 'astana validate --format github --strict')."],
    ],
    "A party's ids in other datasets (ids:) and the meeting at which it joined or left the format (participation:) go in parties.yaml, citing pages listed in that file's own 'sources'. Without such a source, the meetings before a party's first stay unknown.",
    "Each file's first line, '# yaml-language-server: $schema=…', lets editors with the YAML language server check and complete it as you type. 'astana schema data round' prints the schema.",
  ],
};

/** Help topics: `astana help <topic>`. */
export const helpTopics: Readonly<Record<string, Topic>> = { 'exit-codes': exitCodes, formats: outputFormats, data };

/**
 * A topic by name, looking only at the topics themselves (`help __proto__` is no topic), as text
 * wrapped to `width` with `wrap`: a term list keeps its texts in one column, indented under it.
 */
export function helpTopic(name: string, width: number, wrap: (text: string, columns: number) => string): string | undefined {
  if (!Object.hasOwn(helpTopics, name)) return undefined;
  const topic = helpTopics[name]!;
  const paragraph = (text: string, indent: string, first = indent): string =>
    wrap(text, Math.max(20, width - indent.length))
      .split('\n')
      .map((line, i) => `${i === 0 ? first : indent}${line}`)
      .join('\n');
  const block = (b: Block): string => {
    if (typeof b === 'string') return paragraph(b, '');
    // Terms longer than a third of the width go on a line of their own, their text under them.
    const room = Math.min(Math.max(...b.map(([term]) => term.length)), Math.floor(width / 3));
    const pad = ' '.repeat(room + 4);
    return b.map(([term, text]) => (term.length > room ? `  ${term}\n${paragraph(text, pad)}` : paragraph(text, pad, `  ${term.padEnd(room)}  `))).join('\n');
  };
  return `${topic.title}\n\n${topic.blocks.map(block).join('\n\n')}\n`;
}
