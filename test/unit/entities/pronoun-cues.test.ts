import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a pronoun that takes up the subject of its clause', () => {
  it('reads a given name and an ordinary-word surname followed by "his" as a person', () => {
    const types = typesOf(entitiesOf('Jannik Sinner won his first Wimbledon title on Sunday in four sets.'));
    expect(types.get('Jannik Sinner')).toEqual(['person']);
  });

  it('reads an unknown surname alone followed by "his" as a person, also at a sentence start', () => {
    const types = typesOf(
      entitiesOf('Nwachukwu left the party after his defeat. Later Ferrandez said the vote was fair.'),
    );
    expect(types.get('Nwachukwu')).toEqual(['person']);
  });

  it('reads a WordNet surname that "its" takes up as the company, for every mention', () => {
    const types = typesOf(
      entitiesOf(
        'Disney said in a statement that its parks business grew faster than expected. ' +
          'Analysts had expected Disney to cut its forecast.',
        'Disney beats forecasts',
      ),
    );
    expect(types.get('Disney')).toEqual(['organization', 'organization', 'organization']);
  });

  it('reads a given name that "its" takes up as a brand, for every mention', () => {
    const types = typesOf(
      entitiesOf('Unilever will sell Magnum by next year. Magnum said its sales rose 4% in the quarter.'),
    );
    expect(types.get('Magnum')).toEqual(['organization', 'organization']);
  });

  it('leaves a name in object position alone: the pronoun is about the subject', () => {
    const types = typesOf(
      entitiesOf('The farmer told Reuters as he came out of the market that prices fell.'),
    );
    expect(types.get('Reuters')).toEqual(['organization']);
  });

  it('stops at a staff noun, which the pronoun may be about', () => {
    const types = typesOf(entitiesOf('Then Hexaline chairman Bo Lind said his company would grow.'));
    expect(types.get('Hexaline')).not.toContain('person');
  });
});

describe('companies in lists and after commercial nouns', () => {
  it('reads a company after "demand for its chips from" as a company', () => {
    const types = typesOf(entitiesOf('Nvidia said demand for its chips from Microsoft kept growing.'));
    expect(types.get('Microsoft')).toEqual(['organization']);
  });

  it('lets a list of companies overrule "from" as a place', () => {
    const types = typesOf(
      entitiesOf('Orders came in from Microsoft, Meta and Amazon during the quarter, the company said.'),
    );
    expect(types.get('Microsoft')).toEqual(['organization']);
    expect(types.get('Amazon')).toEqual(['organization']);
  });

  it('keeps two towns after "from" places', () => {
    const types = typesOf(entitiesOf('Refugees arrived from Kharkiv and Sumy on Tuesday.'));
    expect(types.get('Kharkiv')).toEqual(['place']);
    expect(types.get('Sumy')).toEqual(['place']);
  });
});

describe('a club named like a given name in a result', () => {
  it('reads the side drawn "with" as a club, and the club before "manager" too', () => {
    const types = typesOf(
      entitiesOf(
        'Arsenal drew 1-1 with Chelsea at home on Sunday. Chelsea manager Enzo Maresca praised his players.',
      ),
    );
    expect(types.get('Chelsea')).toEqual(['organization', 'organization']);
  });
});

describe('a surname opening a sentence that the next sentence takes up', () => {
  it('reads the subject as a person when the next sentence says "which he signed"', () => {
    const types = typesOf(
      entitiesOf(
        'Trump has imposed tariffs on steel imports. The order, which he signed on Monday, takes effect soon. ' +
          'The tariffs were signed by Trump in the Oval Office.',
      ),
    );
    expect(types.get('Trump')).toEqual(['person', 'person']);
  });

  it('does not read a sentence-initial word before a noun as a person', () => {
    const types = typesOf(
      entitiesOf('Gastric cancer is rare in the young. Doctors removed parts of his stomach last year.'),
    );
    expect(types.get('Gastric')).toBeUndefined();
  });
});

describe('names that read as people by their shape', () => {
  it('keeps a name over a bare possessive apostrophe before a head word', () => {
    const types = typesOf(
      entitiesOf("She was taken to St Thomas' Hospital in London, and the Workers' Party sent flowers."),
    );
    expect(types.get("St Thomas' Hospital")).toEqual(['organization']);
    expect(types.get("Workers' Party")).toEqual(['organization']);
  });

  it('reads an Irish name ending in "Éireann" as a body', () => {
    const types = typesOf(entitiesOf('Met Eireann said gusts were the strongest since records began.'));
    expect(types.get('Met Eireann')).toEqual(['organization']);
  });

  it('reads a name with a plus written onto it as a streaming brand', () => {
    const types = typesOf(
      entitiesOf('Subscribers left as Disney+ and Hulu cut prices. Disney declined to comment.'),
    );
    expect(types.get('Disney')).toEqual(['organization', 'organization']);
  });
});

describe('a pronoun after a name owned by a place in pre-tokenised text', () => {
  it('reads "Italy \'s X Y retained his title" as a person', () => {
    const types = typesOf(entitiesOf("Italy 's Jannik Sinner retained his Wimbledon title on Sunday ."));
    expect(types.get('Jannik Sinner')).toEqual(['person']);
  });
});

describe('a list after a possessive', () => {
  it("reads a given name listed after a firm's possessive as a firm", () => {
    const types = typesOf(
      entitiesOf(
        "Unilever will separate its ice cream business, home to Ben & Jerry's and Magnum, next year.",
      ),
    );
    expect(types.get('Magnum')).toEqual(['organization']);
  });
});
