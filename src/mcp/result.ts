import type { Metadata } from '../model/types.js';
import { renderJson } from '../render/json.js';
import { dataLine, sourcesBlock } from './text.js';

/** Which data answered: in every result's `_meta`, and in the last line of its text. */
export interface DataStamp {
  readonly metadata?: Metadata;
  /** The data directory as the user gave it. */
  readonly shown: string;
}

export const metaKey = 'astana/data';

export function dataMeta(stamp: DataStamp): Record<string, unknown> {
  const m = stamp.metadata;
  return { [metaKey]: m === undefined ? { title: null, version: null, released: null, dir: stamp.shown } : { title: m.title, version: m.version, released: m.released } };
}

/**
 * A tool's answer. Its text comes first, for a model or a person: the summary, every source
 * URL of the result, and the data line. Then the JSON exactly as `astana <command> --format
 * json` prints it, which is what clients without structured content read; structuredContent
 * holds the same value, inside `items` when it is a list, since MCP's structured content is an
 * object.
 */
export function toolResult(
  json: unknown,
  summary: readonly string[],
  stamp: DataStamp,
  schema: string,
  /** Source records the JSON cites by id only (see Tool.cited). */
  cited: unknown = [],
): { content: { type: 'text'; text: string }[]; structuredContent: Record<string, unknown>; _meta: Record<string, unknown> } {
  const text = [...summary, ...sourcesBlock([json, cited]), dataLine(stamp.metadata, stamp.shown)].join('\n');
  // Parsed back, so that structuredContent is the printed JSON (no undefined keys), whatever the client reads.
  const printed = renderJson(json);
  const value = JSON.parse(printed) as unknown;
  return {
    content: [
      { type: 'text', text: `${text}\n` },
      { type: 'text', text: printed },
    ],
    structuredContent: Array.isArray(value) ? { items: value } : (value as Record<string, unknown>),
    _meta: { ...dataMeta(stamp), 'astana/schema': schema },
  };
}

/** A call the tool cannot answer: the CLI's own message, which names the valid choices. */
export function toolError(message: string, stamp: DataStamp): { content: { type: 'text'; text: string }[]; isError: true; _meta: Record<string, unknown> } {
  return { content: [{ type: 'text', text: `${message}\n${dataLine(stamp.metadata, stamp.shown)}\n` }], isError: true, _meta: dataMeta(stamp) };
}
