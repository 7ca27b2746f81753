import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

// Session 55 (ents55): bodies no list knows in the wire's shapes (pre-tokenised "told Reuters ." and prose), religious
// leaders named by their title, brands named like people, firms' letters joined by a spaced ampersand. Names are
// invented unless a list must know them.

describe('religious leaders named by their title', () => {
  it('reads "the Dalai Lama" as a person, not as a body of unknown words after "the"', () => {
    const types = typesOf(entitiesOf('The Dalai Lama visited Taiwan .'));

    expect(types.get('Dalai Lama')).toEqual(['person']);
  });

  it('reads another lama named with the article as a person', () => {
    const types = typesOf(entitiesOf('The Karmapa Lama fled to India in 2000 .'));

    expect(types.get('Karmapa Lama')).toEqual(['person']);
  });

  it('keeps a footballer surnamed Lama a person', () => {
    const types = typesOf(entitiesOf('Paris St Germain goalkeeper Bernard Lama saved a penalty .'));

    expect(types.get('Bernard Lama')).toEqual(['person']);
  });
});

describe('a given name alone that does what a firm does', () => {
  it('reads a given name whose "it" after "said" cuts jobs as a firm', () => {
    const types = typesOf(entitiesOf('Mercedes said on Tuesday it would cut 2,000 jobs in Germany.'));

    expect(types.get('Mercedes')).toEqual(['organization']);
  });

  it('reads a given name that reports a quarterly profit as a firm', () => {
    const types = typesOf(entitiesOf('Mercedes reported a 12% rise in quarterly profit, beating forecasts.'));

    expect(types.get('Mercedes')).toEqual(['organization']);
  });

  it('keeps a given name whose "it" is the matter spoken of a person', () => {
    const types = typesOf(
      entitiesOf('Prince Harry spoke on Tuesday. Harry said it would take years to heal.'),
    );

    expect(types.get('Harry')).toEqual(['person', 'person']);
  });

  it('keeps a given name that reports her own loss a person', () => {
    const types = typesOf(entitiesOf('Mary reported a loss of her purse to police on Tuesday.'));

    expect(types.get('Mary')).toEqual(['person']);
  });
});

describe('papers named after a word for a paper', () => {
  it('reads the name after "the daily" as a body', () => {
    const types = typesOf(
      entitiesOf('The captain was quoted as saying by the daily Vellenrek Ranmoga on Saturday .'),
    );

    expect(types.get('Vellenrek Ranmoga')).toEqual(['organization']);
  });

  it('reads the name after "the news weekly" as a body', () => {
    const types = typesOf(
      entitiesOf(
        'The spokesman confirmed a report in the news weekly Rankaba Dervelsa , which said police burst in .',
      ),
    );

    expect(types.get('Rankaba Dervelsa')).toEqual(['organization']);
  });

  it('reads the name after "the newspaper" as a body', () => {
    const types = typesOf(
      entitiesOf('The newspaper Kovel Dravni reported on Monday that the minister would resign .'),
    );

    expect(types.get('Kovel Dravni')).toEqual(['organization']);
  });

  it('leaves an ordinary word after "daily" no body', () => {
    const types = typesOf(entitiesOf('He attends the daily Mass at the cathedral .'));

    expect(types.get('Mass')).toBeUndefined();
  });
});

describe('the medium a source tells its news', () => {
  it('reads an unknown name told something at the end of the sentence as a body', () => {
    const types = typesOf(entitiesOf('" We are watching closely , " the official told Velganov .'));

    expect(types.get('Velganov')).toEqual(['organization']);
  });

  it('reads it so with the period glued to the name, and before "in a telephone interview"', () => {
    const types = typesOf(
      entitiesOf(
        'A senior official told Velganov. The minister told Dravnik in a telephone interview that prices would rise.',
      ),
    );

    expect(types.get('Velganov')).toEqual(['organization']);
    expect(types.get('Dravnik')).toEqual(['organization']);
  });

  it("keeps a full name of words no list knows told something a person's (read55 R3)", () => {
    const types = typesOf(
      entitiesOf(
        'The governor told Chukwuma Eze by telephone that the road would be rebuilt . Lenski told Dravik Kelmo .',
      ),
    );

    expect(types.get('Chukwuma Eze')).toEqual(['person']);
    expect(types.get('Dravik Kelmo')).toEqual(['person']);
  });

  it('keeps a person told something in a letter a person', () => {
    const types = typesOf(entitiesOf('The general told Suharto in a letter that he would resign .'));

    expect(types.get('Suharto')).toEqual(['person']);
  });

  it('keeps the surname of a full name of the story a person', () => {
    const types = typesOf(
      entitiesOf(
        'Lavrov met Dmytro Kowalczuk on Friday . Lavrov later told Kowalczuk on Friday , aides said .',
      ),
    );

    expect(types.get('Kowalczuk')).toEqual(['person']);
  });

  it('makes no body of members of parliament told something', () => {
    const types = typesOf(entitiesOf('The minister told MPs . He told MSPs on Tuesday .'));

    expect(types.get('MPs')).toBeUndefined();
    expect(types.get('MSPs')).toBeUndefined();
  });
});

describe("a firm's letters joined by a spaced ampersand", () => {
  it('reads "AT & T Corp" as one firm', () => {
    const types = typesOf(
      entitiesOf('AT & T Corp said on Tuesday its third-quarter earnings rose 10 percent .'),
    );

    expect(types.get('AT & T Corp')).toEqual(['organization']);
    expect(types.get('Corp')).toBeUndefined();
  });

  it('reads "AT & T" opening a sentence as one firm, not "T"', () => {
    const types = typesOf(
      entitiesOf('AT & T results .\nNEW YORK 1996-09-04\nAT & T said on Tuesday profit rose .'),
    );

    expect(types.get('AT & T')).toEqual(['organization', 'organization']);
    expect(types.get('T')).toBeUndefined();
  });

  it('leaves "US & Canada" opening a sentence as it was', () => {
    const types = typesOf(entitiesOf('US & Canada sales rose 5 percent in the quarter .'));

    expect(types.get('US & Canada')).toBeUndefined();
  });

  it('reads "AT & T" after "Shares of" as a firm', () => {
    const types = typesOf(entitiesOf('Shares of AT & T rose 2 percent on Tuesday .'));

    expect(types.get('AT & T')).toEqual(['organization']);
  });
});

describe('a firm no list knows opening a sentence', () => {
  it('reads the word before "plans to cut its" as a firm', () => {
    const types = typesOf(entitiesOf('Velran plans to cut its roster of 2,300 suppliers to 1,000 by 1998 .'));

    expect(types.get('Velran')).toEqual(['organization']);
  });

  it('reads the word before "expects its sales" as a firm', () => {
    const types = typesOf(entitiesOf('Kelvane expects its sales to rise 5 percent this year.'));

    expect(types.get('Kelvane')).toEqual(['organization']);
  });

  it('reads the bidder of "launched a hostile bid for" a name as a firm', () => {
    const types = typesOf(entitiesOf('Kelvane launched a hostile bid for Dorvan on Tuesday.'));

    expect(types.get('Kelvane')).toEqual(['organization']);
  });

  it('keeps the surname of a full name of the story a person', () => {
    const types = typesOf(
      entitiesOf('Jan Kowalczyk is a Polish investor. Kowalczyk launched a bid for Dorvan on Tuesday.'),
    );

    expect(types.get('Kowalczyk')).toEqual(['person']);
  });

  it('makes no firm of a town that raises its council tax (read55)', () => {
    const types = typesOf(
      entitiesOf('Kelmora raised its council tax by 5 percent on Monday , the town hall said .'),
    );

    expect(types.get('Kelmora')).not.toEqual(['organization']);
  });

  it('makes no firm of a bid for an office', () => {
    const types = typesOf(entitiesOf('Kowalczyk launched a bid for the presidency on Tuesday.'));

    expect(types.get('Kowalczyk')).not.toEqual(['organization']);
  });
});
