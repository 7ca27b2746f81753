import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf } from './entities-of.js';

/** The ids the recogniser gives, as "id/type". */
const ids = (body: string) => entitiesOf(body).map((e) => `${e.id}/${e.type}`);
/** The country codes the whole tagger gives. */
const codes = (body: string) => tagArticle({ body }).countries.map((c) => c.code);

describe('an acronym in capitals opening a sentence', () => {
  it('names a body though its letters spell an ordinary word', () => {
    // Arrange
    const body = 'ICE detained 31 workers at a meatpacking plant in Nebraska on Tuesday.';

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('organization:ice/organization');
  });

  it('names a listed body spelled like a function word', () => {
    // Arrange
    const body = 'WHO declared the cholera outbreak over after six weeks without a case.';

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('organization:world-health-organization/organization');
  });

  it('leaves a function word shouted in capitals unnamed', () => {
    // Arrange
    const body = 'AND the winners were announced by the jury on Saturday.';

    // Act
    const found = ids(body);

    // Assert
    expect(found).toEqual([]);
  });
});

describe('the immigration agency by its acronym', () => {
  it('places a story of its agents in the United States', () => {
    // Arrange
    const body = 'ICE agents detained a father of three outside a school in Broadview on Monday.';

    // Act
    const found = codes(body);

    // Assert
    expect(found).toContain('US');
  });

  it('leaves the exchange of the same letters to its market', () => {
    // Arrange
    const body = 'ICE Brent crude futures rose 2% to $66 a barrel on Thursday.';

    // Act
    const found = codes(body);

    // Assert
    expect(found).not.toContain('US');
  });
});

describe("a town's name in the possessive before what only a person has", () => {
  it("reads the home the police searched as a person's", () => {
    // Arrange
    const body = 'Federal agents searched Bolton’s home on Friday, his lawyer said.';

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('person:bolton/person');
    expect(found.some((id) => id.startsWith('place:'))).toBe(false);
  });

  it("keeps a club's home form a town's on a sports page", () => {
    // Arrange
    const body =
      "Bolton's home form has cost them points: they drew 1-1 with Wigan and lost 2-0 to Burnley, and the striker scored once in five league matches.";

    // Act
    const found = ids(body);

    // Assert
    expect(found.some((id) => id.startsWith('person:bolton'))).toBe(false);
  });
});
