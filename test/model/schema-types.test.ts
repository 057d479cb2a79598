import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generate, outFile } from '../../scripts/gen-types.mjs';

describe('src/model/schema-types.ts', () => {
  it('is what the schemas generate (run `npm run gen:types` after editing a schema)', async () => {
    expect(readFileSync(outFile as string, 'utf8')).toBe(await (generate as () => Promise<string>)());
  });
});
