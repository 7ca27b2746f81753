import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a firm named by an ordinary word opening a sentence', () => {
  it('reads "Apple\'s latest phone" at a story\'s start as the firm a later "Apple said" names', () => {
    // Arrange
    const title = "Apple's new phone goes on sale";
    const body = "Apple's latest handset went on sale on Friday in Seoul. Apple said demand was strong.";

    // Act
    const types = typesOf(entitiesOf(body, title));

    // Assert
    expect(types.get('Apple')).toEqual(['organization', 'organization', 'organization']);
  });

  it('leaves the ordinary word alone where no cue makes it a firm in the article', () => {
    const body = 'Apple trees flowered early this year. Growers in Kent said the crop would be large.';

    expect(typesOf(entitiesOf(body)).get('Apple')).toBeUndefined();
  });
});

describe('a holder named by a title and a given name that is also a town', () => {
  it('reads "Pope Leo" and "Queen Victoria" as people, not the towns Leo and Victoria', () => {
    const pope = 'Pope Leo marked the anniversary in Turkey on Friday.';
    const queen = 'Queen Victoria opened the bridge in 1880, the museum said.';

    expect(typesOf(entitiesOf(pope)).get('Leo')).toEqual(['person']);
    expect(typesOf(entitiesOf(queen)).get('Victoria')).toEqual(['person']);
  });

  it('keeps the town where no title comes before it', () => {
    const body = 'King Charles flew to Victoria in British Columbia on Monday.';

    expect(typesOf(entitiesOf(body)).get('Victoria')).toEqual(['place']);
  });
});

describe('a title of one word in quotes', () => {
  it('reads a quoted one-word film after "for" as a title, not a person', () => {
    const body = 'Jessie Marlowe won best actress for "Hamnet" at the ceremony on Sunday.';

    expect(typesOf(entitiesOf(body)).get('Hamnet')).toEqual(['other']);
  });

  it('keeps a quoted nickname between a given name and a surname out of the rule', () => {
    const body = 'Ramesh "Sunny" Balwani was sentenced on Wednesday, the court said.';

    expect(typesOf(entitiesOf(body)).get('Sunny')).not.toEqual(['other']);
  });
});
