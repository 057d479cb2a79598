import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkArguments, inputSchema, type Params } from '../../src/mcp/arguments.js';
import { UsageError } from '../../src/errors.js';

const params: Params = {
  id: { type: 'id', description: 'a meeting', required: true },
  kind: { type: 'text', description: 'a kind', choices: ['round', 'summit'] },
  limit: { type: 'count', description: 'how many' },
  all: { type: 'flag', description: 'every one' },
  sections: { type: 'list', description: 'some sections', choices: ['agenda', 'source'] },
};

const refusal = (given: unknown): string => {
  try {
    checkArguments('demo', params, given);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('tool arguments', () => {
  it('are listed as a JSON Schema that accepts what the check accepts', () => {
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(inputSchema(params));
    for (const ok of [{ id: 'r21' }, { id: 21, kind: 'round', limit: 0, all: true, sections: ['agenda'] }]) {
      expect(validate(ok)).toBe(true);
      expect(() => checkArguments('demo', params, ok)).not.toThrow();
    }
    for (const bad of [{}, { id: 'r21', extra: 1 }, { id: [] }, { id: 'r21', limit: -1 }, { id: 'r21', all: 'yes' }, { id: 'x'.repeat(201) }]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
      expect(() => checkArguments('demo', params, bad), JSON.stringify(bad)).toThrow(UsageError);
    }
  });

  it('hand the query strings, as the CLI does: a number becomes its text, one section a list', () => {
    expect(checkArguments('demo', params, { id: 21, sections: 'agenda', kind: null })).toEqual({ id: '21', sections: ['agenda'] });
    expect(checkArguments('demo', { n: { type: 'count', description: 'n' } }, undefined)).toEqual({});
  });

  it('name what is wrong and what is accepted', () => {
    expect(refusal({ idd: 'r21' })).toBe("unknown argument 'idd' for demo (did you mean id? arguments: id (required), kind, limit, all, sections)");
    expect(refusal({})).toBe("demo needs the argument 'id' (a meeting; arguments: id (required), kind, limit, all, sections)");
    expect(refusal([1])).toBe('the arguments of demo must be an object, not an array (arguments: id (required), kind, limit, all, sections)');
    expect(refusal({ id: { a: 1 } })).toBe("argument 'id' of demo must be a string or a whole number, not an object");
    expect(refusal({ id: 1.5 })).toBe("argument 'id' of demo must be a string or a whole number, not a number");
    expect(refusal({ id: 'x'.repeat(300) })).toBe("argument 'id' of demo is 300 characters long; at most 200");
    expect(refusal({ id: 'r', sections: Array(21).fill('agenda') })).toBe("argument 'sections' of demo has 21 items; at most 20");
    // A stranger's name is cut in the message: it may be a megabyte long.
    expect(refusal({ ['y'.repeat(10_000)]: 1 }).length).toBeLessThan(300);
  });

  it('leave the values to the query layer, which refuses them in the CLI\'s words', () => {
    expect(checkArguments('demo', params, { id: 'r99', kind: 'nope' })).toEqual({ id: 'r99', kind: 'nope' });
  });
});
