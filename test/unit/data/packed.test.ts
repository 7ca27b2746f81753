import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dataPath,
  lazyPartValue,
  PACKED_DATA,
  PACKED_PACKAGE_DATA,
  packageData,
  packedValue,
} from '../../../scripts/pack-data.js';

/**
 * The loaders import the packed modules, not the JSON: a JSON change that was not packed again would be
 * silently ignored by the tagger. Fix a failure with `npx tsx scripts/pack-data.ts`.
 */
describe('packed tagger data', () => {
  for (const [jsonFile, { module, lazy }] of Object.entries(PACKED_DATA)) {
    it(`packed/${module} holds exactly functions/core/data/${jsonFile} (in its packed shape)`, async () => {
      const imported = (await import(
        `../../../functions/core/data/packed/${module.replace(/\.ts$/, '.js')}`
      )) as {
        default?: unknown;
        inflate?: () => unknown;
      };
      const packed = lazy ? imported.inflate?.() : imported.default;
      expect(packed).toEqual(packedValue(jsonFile, readFileSync(dataPath(jsonFile), 'utf8')));
    });
  }

  for (const [jsonFile, { lazyParts = [] }] of Object.entries(PACKED_DATA)) {
    for (const part of lazyParts) {
      it(`packed/${part.module} holds exactly its part of functions/core/data/${jsonFile}`, async () => {
        const module = (await import(
          `../../../functions/core/data/packed/${part.module.replace(/\.ts$/, '.js')}`
        )) as {
          inflate: () => unknown;
        };

        const inflated = module.inflate();

        expect(inflated).toEqual(lazyPartValue(part, readFileSync(dataPath(jsonFile), 'utf8')));
      });
    }
  }

  for (const packed of PACKED_PACKAGE_DATA) {
    it(`packed/${packed.module} holds exactly ${packed.from}'s \`${packed.name}\`, keys in order`, async () => {
      const source = await packageData(packed);
      const module = (await import(
        `../../../functions/core/data/packed/${packed.module.replace(/\.ts$/, '.js')}`
      )) as {
        keys: readonly string[];
        inflate: () => unknown;
      };

      const inflated = module.inflate();

      expect(inflated).toEqual(source);
      expect(Object.keys(inflated as object)).toEqual(Object.keys(source));
      expect(module.keys).toEqual(Object.keys(source));
    });
  }
});
