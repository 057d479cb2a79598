import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

/**
 * The YAML 1.2 core schema exactly as `yaml`, the parser of record, resolves plain scalars
 * (node_modules/yaml/dist/schema/core): the same patterns, tried in the same order, giving the
 * same values. js-yaml's own CORE_SCHEMA is looser (0b11 is 3, -0x1F is -31, 1e400 is a string,
 * +.5e-3 is a string), so the fast path would read some files differently from the slow one.
 */
type Rule = readonly [RegExp, (text: string) => unknown];

/** One js-yaml type per tag (js-yaml keeps only the last type of a tag), trying `yaml`'s rules in order. */
const scalar = (tag: string, ...rules: Rule[]): Type =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) => text !== null && rules.some(([test]) => test.test(text)),
    construct: (text: string) => rules.find(([test]) => test.test(text))![1](text),
  });

const types = [
  scalar('null', [/^(?:~|[Nn]ull|NULL)?$/, () => null]),
  scalar('bool', [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']),
  scalar(
    'int',
    [/^0o[0-7]+$/, (text) => parseInt(text.substring(2), 8)],
    [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
    [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.substring(2), 16)],
  ),
  scalar(
    'float',
    [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => parseFloat(text)],
  ),
];

export const yamlCoreSchema: Schema = FAILSAFE_SCHEMA.extend({ implicit: types });
