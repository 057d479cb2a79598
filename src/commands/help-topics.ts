/** Help topics: `astana help <topic>`. */
export const helpTopics: Readonly<Record<string, string>> = {
  'exit-codes': `Exit codes

  0   success (validate: no errors; warnings allowed unless --strict)
  1   validate found problems; agenda diff --exit-code and diff --exit-code found a
      difference, confirmed or unconfirmed (an item recorded at one meeting only, which
      partial coverage leaves open, counts: the JSON's 'unconfirmed' tells them apart)
  2   usage: a bad flag or value, or an unknown round, party, topic, meeting or resolution;
      one line on stderr names the nearest valid choices
  3   the data is invalid; the message names the first problem as file:line:col and points
      to 'astana validate' (a --data path that is missing or not a directory is a usage error)
  70  an internal error (a bug); the message asks you to report it
  74  the output could not be written (a full disk, an I/O error)
  130 interrupted (Ctrl-C): ended at once by the signal, so a script that ran astana stops too
`,
  formats: `Output formats (--format, or --json for json; each command's help lists its own)

  table   for people; the default on a terminal. Fits the terminal ($COLUMNS, else 80
          columns): text wraps, nothing is cut; sources are a numbered list of whole URLs
  tsv     tab-separated, one record per line, no colour, nothing cut; the default when piped
  csv     RFC 4180
  ndjson  one JSON object per line, nested as in json (jq .head.name works)
  json    the full result, as documented by 'astana schema <command>'
  yaml    the full result, as YAML

tsv, csv and ndjson print records: the items of a list; for 'rounds show' and 'meetings show'
one record per item of every section (meeting, coverage, delegation, absent, agenda,
resolution, document, next, note, source), with a 'section' field; for 'agenda diff' one per
topic, for 'resolutions show' one per meeting. csv and tsv flatten nested fields to dotted
columns (head.name) and join lists with '; '; their header row is the same whatever the data,
even when there are no records.

--fields a,b keeps only those fields: record columns for tsv and csv, top-level keys for json,
yaml and ndjson. A wrong name lists the available ones. --section keeps only some sections of
'rounds show' and 'meetings show', in every format.

JSON output is a contract: field names are stable within a format version (now 3) and each
command's shape is a JSON Schema, printed by 'astana schema <command>'.

csv and tsv cells that begin with = + - @ (or a tab or CR) get a leading ' so that spreadsheets
show them as text, not run them as formulas; --keep-formulas prints them as they are. Control
characters that reach a table, csv or tsv are shown as escapes (\\x1b, \\u202e).

Long output on a terminal goes through a pager: $ASTANA_PAGER, else $PAGER, else 'less -FRX';
--no-pager or ASTANA_PAGER=cat turns it off. Piped output is never paged.

Colour: --color auto|always|never; NO_COLOR turns it off, FORCE_COLOR on, TERM=dumb off.
`,
  data: `The data, and how to add a meeting

  data/parties.yaml, people.yaml, topics.yaml, resolutions.yaml, cities.yaml   registries
  data/rounds/NN.yaml       one file per round (zero-padded: 01.yaml … 22.yaml)
  data/summits/NN.yaml      presidential summits
  data/ministerials/NN.yaml foreign ministers' meetings

To add a meeting:
  1. copy the latest file of its kind and change what differs; give the city by its name at
     the time, which cities.yaml must list as a city's name or alias (add a new one there);
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
