import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath, PACKED_DATA } from '../../../scripts/pack-data.js';

/**
 * The loaders import the packed modules, not the JSON: a JSON change that was not packed again would be
 * silently ignored by the tagger. Fix a failure with `npx tsx scripts/pack-data.ts`.
 */
describe('packed tagger data', () => {
  for (const [jsonFile, moduleFile] of Object.entries(PACKED_DATA)) {
    it(`packed/${moduleFile} holds exactly functions/core/data/${jsonFile}`, async () => {
      const packed = (
        await import(`../../../functions/core/data/packed/${moduleFile.replace(/\.ts$/, '.js')}`)
      ).default as unknown;
      expect(packed).toEqual(JSON.parse(readFileSync(dataPath(jsonFile), 'utf8')));
    });
  }
});
