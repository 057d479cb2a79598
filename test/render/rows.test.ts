import { describe, expect, it } from 'vitest';
import { csv, flatten, tsv } from '../../src/render/rows.js';

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

});

describe('line formats', () => {
  const rows = [{ id: 'a', text: 'plain' }, { id: 'b', text: 'has, comma "quoted"\nand a line\tand a tab' }];

  it('csv quotes per RFC 4180, with CRLF line ends', () => {
    expect(csv(rows, ['id', 'text'])).toBe('id,text\r\na,plain\r\nb,"has, comma ""quoted""\nand a line\tand a tab"\r\n');
  });

  it('tsv escapes tabs and line breaks so one record stays one line', () => {
    expect(tsv(rows, ['id', 'text'])).toBe('id\ttext\na\tplain\nb\thas, comma "quoted"\\nand a line\\tand a tab\n');
  });


  it('csv and tsv show control characters as escapes', () => {
    const evil = [{ id: 'c', text: 'Golan \u001b]52;c;eA==\u0007 \u202e' }];
    expect(csv(evil, ['id', 'text'])).toBe('id,text\r\nc,Golan \\x1b]52;c;eA==\\x07 \\u202e\r\n');
    expect(tsv(evil, ['id', 'text'])).toBe('id\ttext\nc\tGolan \\x1b]52;c;eA==\\x07 \\u202e\n');
  });

  it('csv and tsv neutralise cells a spreadsheet would run as a formula, but not numbers', () => {
    const formulas = [{ a: '=1+1', b: '@SUM(A1)', c: '-2+3', d: '+1', e: -4, f: '\t=1' }];
    expect(csv(formulas, ['a', 'b', 'c', 'd', 'e', 'f'])).toBe("a,b,c,d,e,f\r\n'=1+1,'@SUM(A1),'-2+3,'+1,-4,'\t=1\r\n");
    expect(tsv(formulas, ['a', 'b', 'c', 'd', 'e', 'f'])).toBe("a\tb\tc\td\te\tf\n'=1+1\t'@SUM(A1)\t'-2+3\t'+1\t-4\t'\\t=1\n");
  });

  it('--keep-formulas prints them as they are', () => {
    const formulas = [{ a: '=1+1', b: '@x' }];
    expect(csv(formulas, ['a', 'b'], { keepFormulas: true })).toBe('a,b\r\n=1+1,@x\r\n');
    expect(tsv(formulas, ['a', 'b'], { keepFormulas: true })).toBe('a\tb\n=1+1\t@x\n');
  });
});
