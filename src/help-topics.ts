/** Help topics: `astana help <topic>`. */
export const helpTopics: Readonly<Record<string, string>> = {
  'exit-codes': `Exit codes

  0   success (validate: no errors; warnings allowed unless --strict)
  1   validate found problems (or agenda diff --exit-code found differences)
  2   usage: a bad flag or value, or an unknown round, party, topic, meeting or resolution;
      one line on stderr names the nearest valid choices
  3   the data could not be loaded or is invalid; the message names the first problem as
      file:line:col and points to 'astana validate'
  70  an internal error (a bug); the message asks you to report it
  74  the output could not be written (a full disk, an I/O error)
  130 interrupted (Ctrl-C): ended at once by the signal, so a script that ran astana stops too
`,
  formats: `Output formats (--format, or --json for json)

  table   for people; the default on a terminal
  tsv     tab-separated, one record per line, no colour, nothing cut; the default when piped
  csv     RFC 4180
  ndjson  one JSON object per line
  json    the full result, as documented by 'astana schema <command>'
  yaml    the full result, as YAML

tsv, csv and ndjson print records: the items of a list, or for 'rounds show' one record per
delegation, for 'agenda diff' one per topic, for 'resolutions show' one per citation. Nested
fields are flattened to dotted names (head.name); lists are joined with '; '.

--fields a,b keeps only those fields: record columns for tsv, csv and ndjson, top-level keys
for json and yaml. A wrong name lists the available ones.

JSON output is a contract: field names are stable within a format version (now 1) and each
command's shape is a JSON Schema, printed by 'astana schema <command>'.

csv and tsv cells that begin with = + - @ (or a tab or CR) get a leading ' so that spreadsheets
show them as text, not run them as formulas; --keep-formulas prints them as they are. Control
characters that reach a table, csv or tsv are shown as escapes (\\x1b, \\u202e).

Colour: --color auto|always|never; NO_COLOR turns it off, FORCE_COLOR on, TERM=dumb off.
`,
  data: `The data, and how to add a meeting

  data/parties.yaml, people.yaml, topics.yaml, resolutions.yaml   registries
  data/rounds/NN.yaml       one file per round (zero-padded: 01.yaml … 22.yaml)
  data/summits/NN.yaml      presidential summits
  data/ministerials/NN.yaml foreign ministers' meetings

To add a meeting:
  1. copy the latest file of its kind and change what differs;
  2. list every page you cite under 'sources' (id, url, publisher, title, language);
  3. give every fact the ids of the sources that state it: dates, city, each delegation and
     head, each agenda item (a topic id from topics.yaml), resolution, document and note;
  4. where sources disagree, keep every version under 'versions:'; leave out what no source
     states, and it shows as unknown;
  5. run 'astana validate' (in CI: 'astana validate --format github --strict').

Each file's first line, '# yaml-language-server: $schema=…', lets editors with the YAML
language server check and complete it as you type. 'astana schema data round' prints the schema.
`,
};

/** A topic by name, looking only at the topics themselves: `help __proto__` is no topic. */
export function helpTopic(name: string): string | undefined {
  return Object.hasOwn(helpTopics, name) ? helpTopics[name] : undefined;
}
