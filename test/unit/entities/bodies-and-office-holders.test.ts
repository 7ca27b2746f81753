import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a body named before an office and its holder', () => {
  it('splits an acronym before a title and one name-shaped word', () => {
    const types = typesOf(entitiesOf('U.N. Ambassador Albright arrives in Chile on Monday.'));
    expect(types.get('U.N.')).toEqual(['organization']);
    expect(types.get('Albright')).toEqual(['person']);
  });

  it('reads "Managing Director" as a title and a surname with a Slavic ending as the holder', () => {
    const types = typesOf(
      entitiesOf('He later met IMF Managing Director Kristalina Georgieva in Washington.'),
    );
    expect(types.get('IMF')).toEqual(['organization']);
    expect(types.get('Kristalina Georgieva')).toEqual(['person']);
  });

  it('reads "Chair" as a title between a body and its holder', () => {
    const types = typesOf(entitiesOf('Fed Chair Jerome Powell told reporters the bank would wait.'));
    expect(types.get('Fed')).toEqual(['organization']);
    expect(types.get('Jerome Powell')).toEqual(['person']);
  });

  it('reads a hyphened title ("Director-General") and keeps an acronym spelled like a word', () => {
    const types = typesOf(entitiesOf('The outbreak was over, said WHO Director-General Tedros on Monday.'));
    expect(types.get('WHO')).toEqual(['organization']);
    expect(types.get('Tedros')).toEqual(['person']);
  });
});

describe('news agencies and the people they quote', () => {
  it('keeps a sentence-initial agency before "news agency" and reads "quoted X as saying" as a person', () => {
    const types = typesOf(entitiesOf('Itar-Tass news agency quoted Lebed as saying the talks would go on.'));
    expect(types.get('Itar-Tass')).toEqual(['organization']);
    expect(types.get('Lebed')).toEqual(['person']);
  });
});

describe('names in pre-tokenised text', () => {
  it("runs a body's name on over a spaced-off possessive apostrophe", () => {
    const types = typesOf(
      entitiesOf("In other news , the Harbour Pilots ' Association said it would strike on Monday ."),
    );
    expect(types.get("Harbour Pilots ' Association")).toEqual(['organization']);
  });
});

describe('sports results with a bracketed country after each side', () => {
  it('reads both sides of "A ( Country ) 92 B ( Country ) 81" as clubs', () => {
    const types = typesOf(
      entitiesOf(
        'Results of the international basketball tournament on Saturday :\n' +
          'Fifth place :\nTrevisola ( Italy ) 92 Brankovo ( Russia ) 81 ( halftime 50-28 )\n' +
          'The tournament ends on Sunday with the final match . The winners will play in the league .',
      ),
    );
    expect(types.get('Trevisola')).toEqual(['organization']);
    expect(types.get('Brankovo')).toEqual(['organization']);
  });
});

describe('firms named after the kind of firm they are', () => {
  it('reads a given name and a surname after "supplier" as a company', () => {
    const types = typesOf(
      entitiesOf('Ortberg, who ran aerospace supplier Rockwell Collins, will replace Dave Calhoun.'),
    );
    expect(types.get('Rockwell Collins')).toEqual(['organization']);
    expect(types.get('Dave Calhoun')).toEqual(['person']);
  });

  it('keeps "Community of" in the name of a bloc', () => {
    const types = typesOf(
      entitiesOf('The three states left the Economic Community of West African States on Sunday.'),
    );
    expect(types.get('Economic Community of West African States')).toEqual(['organization']);
  });
});

describe('things after "the"', () => {
  it('reads "the Moon" ending a sentence as no person', () => {
    const types = typesOf(
      entitiesOf('NASA plans to land astronauts on the Moon.\nThe booster returned to its tower.'),
    );
    expect(types.get('Moon')).toBeUndefined();
  });
});

describe('a place or a nationality before a body named by its acronym', () => {
  it('splits a nationality word from an acronym after it', () => {
    const types = typesOf(
      entitiesOf('The move answered a letter from the Palestinian U.N. observer mission.'),
    );
    expect(types.get('Palestinian')).toEqual(['nationality']);
    expect(types.get('U.N.')).toEqual(['organization']);
  });

  it('splits a town WordNet knows from an acronym after it, but keeps a regnal number', () => {
    const types = typesOf(
      entitiesOf('Bonds fell, shaken by Chicago NAPM data. Emperor Charles VI signed the treaty.'),
    );
    expect(types.get('Chicago')).toEqual(['place']);
    expect(types.get('NAPM')).toEqual(['organization']);
    expect(types.get('Charles VI')).toEqual(['person']);
  });

  it('reads "S.A." as a legal form ending a company name', () => {
    const types = typesOf(entitiesOf('Shares in packaging company Ferrolux S.A. plunged on Friday.'));
    expect(types.get('Ferrolux S.A.')).toEqual(['organization']);
  });
});

describe("a firm's product after its possessive", () => {
  it("reads a word WordNet only knows as a place, after a firm's possessive, as no place", () => {
    const types = typesOf(entitiesOf("Rules cover models such as OpenAI's ChatGPT and Google's Gemini."));
    expect(types.get('Gemini')).toEqual(['other']);
    expect(types.get('Google')).toEqual(['organization']);
  });

  it("keeps a person after a firm's possessive", () => {
    const types = typesOf(entitiesOf("Nvidia's Jensen said demand was strong."));
    expect(types.get('Jensen')).toEqual(['person']);
  });
});

describe('"All" opening a name inside a sentence', () => {
  it('keeps "All" in a club\'s name written mid-sentence', () => {
    const types = typesOf(entitiesOf('She had been bidding for a third title at the All England Club.'));
    expect(types.get('All England Club')).toEqual(['organization']);
  });
});
