import { describe, expect, it } from 'vitest';
import { columnsOf, csv, flatten, ndjson, tsv } from '../../src/render/rows.js';

describe('flatten', () => {
  it('dots nested objects, joins plain lists, writes deeper structures as JSON', () => {
    expect(flatten({ round: 1, head: { name: 'A', disputed: false }, parties: ['x', 'y'], versions: [{ n: 1 }], gone: undefined, none: null })).toEqual({
      round: 1,
      'head.name': 'A',
      'head.disputed': false,
      parties: 'x; y',
      versions: '[{"n":1}]',
      none: null,
    });
  });

  it('collects columns in first-seen order across rows', () => {
    expect(columnsOf([{ a: 1 }, { b: 2, a: 3 }])).toEqual(['a', 'b']);
  });
});

describe('line formats', () => {
  const rows = [{ id: 'a', text: 'plain' }, { id: 'b', text: 'has, comma "quoted"\nand a line\tand a tab' }];

  it('csv quotes per RFC 4180, with CRLF line ends', () => {
    expect(csv(rows, ['id', 'text'])).toBe('id,text\r\na,plain\r\nb,"has, comma ""quoted""\nand a line\tand a tab"\r\n');
  });

  it('tsv escapes tabs and line breaks so one record stays one line', () => {
    expect(tsv(rows, ['id', 'text'])).toBe('id\ttext\na\tplain\nb\thas, comma "quoted"\\nand a line\\tand a tab\n');
  });

  it('ndjson writes one object per line with the chosen fields', () => {
    expect(ndjson(rows, ['id'])).toBe('{"id":"a"}\n{"id":"b"}\n');
  });
});
