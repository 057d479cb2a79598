import { UsageError } from '../errors.js';
import { suggest } from '../text/suggest.js';

/**
 * A tool's arguments, declared once: tools/list shows them as JSON Schema, and `checkArguments`
 * holds a call to the same declaration. Only the shape is checked here (names, types, lengths);
 * the values go to the query layer as the CLI's flags do, so a wrong kind, meeting or party gets
 * the CLI's own message with its nearest choices.
 */
export type Param =
  | { readonly type: 'text'; readonly description: string; readonly choices?: readonly string[]; readonly maxLength?: number }
  /** Text or a whole number: round numbers and years, which a client may well send as numbers. */
  | { readonly type: 'id'; readonly description: string }
  | { readonly type: 'count'; readonly description: string }
  | { readonly type: 'flag'; readonly description: string }
  | { readonly type: 'list'; readonly description: string; readonly choices: readonly string[] };

export interface Params {
  readonly [name: string]: Param & { readonly required?: boolean };
}

export type ArgValue = string | number | boolean | string[];
export type Args = Readonly<Record<string, ArgValue | undefined>>;

/** Ids, names and dates are short: a longer one is a mistake, and would only slow "did you mean". */
const defaultMaxLength = 200;
const maxListItems = 20;

/** The JSON Schema of `params`, as tools/list gives it. */
export function inputSchema(params: Params): Record<string, unknown> {
  const properties = Object.fromEntries(Object.entries(params).map(([name, p]) => [name, paramSchema(p)]));
  const required = Object.entries(params).filter(([, p]) => p.required).map(([name]) => name);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

function paramSchema(p: Param): Record<string, unknown> {
  switch (p.type) {
    case 'text':
      return { type: 'string', description: p.description, ...(p.choices ? { enum: [...p.choices] } : {}), maxLength: p.maxLength ?? defaultMaxLength };
    case 'id':
      return { type: ['string', 'integer'], description: p.description, maxLength: defaultMaxLength };
    case 'count':
      return { type: 'integer', minimum: 0, description: p.description };
    case 'flag':
      return { type: 'boolean', description: p.description };
    case 'list':
      return { type: 'array', items: { type: 'string', enum: [...p.choices] }, maxItems: maxListItems, description: p.description };
  }
}

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** The arguments of a call, checked against `params`; a UsageError names what is wrong and what is accepted. */
export function checkArguments(tool: string, params: Params, given: unknown): Args {
  const names = Object.keys(params);
  const accepted = names.length > 0 ? `arguments: ${names.map((n) => (params[n]!.required ? `${n} (required)` : n)).join(', ')}` : 'it takes no arguments';
  // No arguments at all is a call with none given.
  const call = given ?? {};
  if (typeof call !== 'object' || Array.isArray(call)) throw new UsageError(`the arguments of ${tool} must be an object, not ${kindOf(call)} (${accepted})`);
  const args: Record<string, ArgValue> = {};
  for (const [name, value] of Object.entries(call)) {
    const param = Object.hasOwn(params, name) ? params[name] : undefined;
    if (param === undefined) {
      const hint = suggest(name.slice(0, defaultMaxLength), names);
      throw new UsageError(`unknown argument '${clip(name)}' for ${tool} (${hint.length > 0 ? `did you mean ${hint.join(', ')}? ` : ''}${accepted})`);
    }
    if (value === undefined || value === null) continue;
    args[name] = checkValue(tool, name, param, value);
  }
  const missing = names.filter((n) => params[n]!.required && args[n] === undefined);
  if (missing.length > 0) throw new UsageError(`${tool} needs the argument '${missing[0]}' (${params[missing[0]!]!.description}; ${accepted})`);
  return args;
}

function checkValue(tool: string, name: string, param: Param, value: unknown): ArgValue {
  const wrong = (expected: string): UsageError => new UsageError(`argument '${name}' of ${tool} must be ${expected}, not ${kindOf(value)}`);
  switch (param.type) {
    case 'text':
      if (typeof value !== 'string') throw wrong('a string');
      return short(tool, name, value, param.maxLength);
    case 'id':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
      if (typeof value !== 'string') throw wrong('a string or a whole number');
      return short(tool, name, value);
    case 'count':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw wrong('a whole number, 0 or more');
      return value;
    case 'flag':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return value;
    case 'list':
      if (typeof value === 'string') return [short(tool, name, value)];
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw wrong(`a list of strings (${param.choices.join(', ')})`);
      if (value.length > maxListItems) throw new UsageError(`argument '${name}' of ${tool} has ${value.length} items; at most ${maxListItems}`);
      return (value as string[]).map((v) => short(tool, name, v));
  }
}

function short(tool: string, name: string, value: string, max = defaultMaxLength): string {
  if (value.length > max) throw new UsageError(`argument '${name}' of ${tool} is ${value.length} characters long; at most ${max}`);
  return value;
}

/** A name from the caller, cut for a message: it may be a megabyte of junk. */
export const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
