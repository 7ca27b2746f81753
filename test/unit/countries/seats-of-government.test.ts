import { describe, expect, it } from 'vitest';
import { lookupPhrase } from '../../../functions/core/countries/gazetteer.js';
import { keyOf } from '../../../functions/core/countries/normalize.js';
import { focusAndPairs } from './focus-and-pairs.js';

// Session 44 (places44): seats of government the packages do not give as the capital ("The Hague", "La Paz") had no
// capital flag, so "The Hague said ..." was no Dutch government's voice; and a seat named by a run with a lower-case
// word ("Port of Spain") was no other state's seat for a small capital speaking. Stories are invented.
const capitalFlag = (name: string): boolean | undefined => lookupPhrase(keyOf(name))?.capital;

describe('seats of government speak for their government', () => {
  it.each([
    ['The Hague', 'NL'],
    ['La Paz', 'BO'],
    ['Cotonou', 'BJ'],
    ['Putrajaya', 'MY'],
    ['Mbabane', 'SZ'],
  ])('flags %s as the seat of %s', (name, code) => {
    // Act
    const entry = lookupPhrase(keyOf(name));

    // Assert
    expect(entry).toMatchObject({ kind: 'city', code, capital: true });
  });

  it('leaves a former capital and a commercial capital unflagged', () => {
    expect(capitalFlag('Dar es Salaam')).toBeUndefined();
    expect(capitalFlag('Abidjan')).toBeUndefined();
  });

  it('reads "The Hague said" in a short story as the Dutch government answering Oslo', () => {
    // Arrange
    const body =
      'The Hague said on Wednesday that the herring quotas set by Oslo for the North Sea were unlawful and would ' +
      'be challenged before the fisheries tribunal.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['NL', 'NO']);
    expect(pairs).toEqual(['NL-NO']);
  });

  it('reads "La Paz said" in a short story as the Bolivian government answering Santiago', () => {
    // Arrange
    const body =
      'La Paz said the water permits granted by Santiago to copper miners near the Silala springs broke a treaty ' +
      'the two countries signed in 1904.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['BO', 'CL']);
    expect(pairs).toEqual(['BO-CL']);
  });

  it('reads a small capital answering "Port of Spain" as its government', () => {
    // Arrange
    const body =
      'Bridgetown said on Monday that the fishing boats seized by Port of Spain off Tobago must be returned to ' +
      'their owners.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['BB', 'TT']);
    expect(pairs).toEqual(['BB-TT']);
  });
});
