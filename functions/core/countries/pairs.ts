import type { Country, CountryPair } from '../schema.js';
import type { TagDocument } from '../text/document.js';

export function linkCountryPairs(_doc: TagDocument, _countries: readonly Country[]): CountryPair[] {
  return [];
}
