import { createHash } from 'node:crypto';

/**
 * The one entry format, for the user's cache and for the entries built with the package (the
 * bundled data's snapshot and its search index): a header line, then the payload as JSON. The
 * header names the format, the key of what the payload was made from, and the payload's digest.
 */
interface Header {
  readonly format: typeof format;
  readonly key: string;
  readonly sha256: string;
}

const format = 'astana-cache/1';

const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function encodeEntry(key: string, value: unknown): Buffer {
  const payload = Buffer.from(JSON.stringify(value), 'utf8');
  const header: Header = { format, key, sha256: digest(payload) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]);
}

/**
 * The value of an entry made under `key` (any key when undefined), or undefined. A user's entry
 * is checked against its digest; one built with the package is trusted as the package's code is,
 * since hashing it would cost every start-up what reading it costs.
 */
export function decodeEntry(bytes: Uint8Array, key: string | undefined, check: 'digest' | 'trusted'): { key: string; value: unknown } | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(Buffer.from(bytes.subarray(0, newline)).toString('utf8')) as Partial<Header>;
    const payload = bytes.subarray(newline + 1);
    if (header.format !== format || typeof header.key !== 'string' || (key !== undefined && header.key !== key)) return undefined;
    if (check === 'digest' && header.sha256 !== digest(payload)) return undefined;
    return { key: header.key, value: JSON.parse(Buffer.from(payload).toString('utf8')) as unknown };
  } catch {
    return undefined;
  }
}
