import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a well-known person named by surname alone', () => {
  it('keeps a sentence-initial surname that accuses, and types every mention a person', () => {
    const types = typesOf(
      entitiesOf(
        'Trump has accused Germany of failing to pay its share of defence costs. ' +
          'Officials said Trump would decide on new tariffs next week.',
      ),
    );
    expect(types.get('Trump')).toEqual(['person', 'person']);
  });

  it('lets a verb of speech outvote the default organisation for the same name', () => {
    const types = typesOf(
      entitiesOf(
        'Officials said Starmer would decide on new tariffs next week. Starmer told reporters he was not worried.',
      ),
    );
    expect(types.get('Starmer')).toEqual(['person', 'person']);
  });
});

describe('a surname alone, read by what the sentence does with it', () => {
  it('keeps sentence-initial surnames that warn and speak, and the person met', () => {
    const types = typesOf(
      entitiesOf('Macron warned that Europe must rearm. Macron spoke after meeting Merz in Berlin.'),
    );
    expect(types.get('Macron')).toEqual(['person', 'person']);
    expect(types.get('Merz')).toEqual(['person']);
  });

  it('reads a name followed by ", who" as a person', () => {
    const types = typesOf(
      entitiesOf('The deal was backed by Netanyahu, who faces pressure from his partners.'),
    );
    expect(types.get('Netanyahu')).toEqual(['person']);
  });

  it('types a name listed with a known surname as a person', () => {
    const types = typesOf(entitiesOf('Putin and Xi signed a pact in Moscow. Xi later flew home.'));
    expect(types.get('Xi')).toEqual(['person', 'person']);
  });

  it('keeps a firm that warns a firm where a cue says so', () => {
    const types = typesOf(entitiesOf('Nvidia warned of weaker sales. Nvidia shares fell 5%.'));
    expect(types.get('Nvidia')).toEqual(['organization', 'organization']);
  });
});

describe('names in a list with a company cue', () => {
  it('types every name after "demand from" a company, even one that is also a river', () => {
    const types = typesOf(entitiesOf('Demand from Microsoft, Google and Amazon pushed chip prices higher.'));
    expect(types.get('Microsoft')).toEqual(['organization']);
    expect(types.get('Google')).toEqual(['organization']);
    expect(types.get('Amazon')).toEqual(['organization']);
  });

  it('does not let a brand that is also a river make a list of firms places', () => {
    const types = typesOf(entitiesOf('Amazon, Google and Microsoft are investing heavily in AI.'));
    expect(types.get('Amazon')).toEqual(['organization']);
    expect(types.get('Google')).toEqual(['organization']);
    expect(types.get('Microsoft')).toEqual(['organization']);
  });

  it('keeps rivers and ranges listed together places', () => {
    const types = typesOf(entitiesOf('Rain fell over the Alps, the Pyrenees and the Carpathians.'));
    expect(types.get('Alps')).toEqual(['place']);
    expect(types.get('Pyrenees')).toEqual(['place']);
  });

  it('still reads a list of places after "in" as places', () => {
    const types = typesOf(entitiesOf('Floods hit villages in Kharkiv and Bakhmut on Monday.'));
    expect(types.get('Kharkiv')).toEqual(['place']);
    expect(types.get('Bakhmut')).toEqual(['place']);
  });
});

describe('football clubs', () => {
  it('keeps a sentence-initial ordinary word that opens a club named after its town', () => {
    const real = entitiesOf('Real Madrid came from behind to win the match on Saturday.').find((e) =>
      e.mentions.some((m) => m.text === 'Real Madrid'),
    );
    expect(real?.type).toBe('organization');
  });

  it('types an unknown word before a city as a club or firm, not as a vague name', () => {
    const types = typesOf(entitiesOf('Fans of Bayern Munich and Borussia Dortmund travelled to the final.'));
    expect(types.get('Bayern Munich')).toEqual(['organization']);
    expect(types.get('Borussia Dortmund')).toEqual(['organization']);
  });

  it('still reads an ordinary word opening a country as no club ("Mainland China")', () => {
    const entities = entitiesOf('Mainland China reported fewer cases on Monday.');
    expect(entities.find((e) => e.mentions.some((m) => m.text.includes('China')))?.type).toBe('place');
  });
});

describe('diseases', () => {
  it('does not type a disease as an organisation', () => {
    const entities = entitiesOf(
      'Health officials warned that COVID-19 and Measles were spreading again, while Ebola cases fell.',
    );
    const typed = entities.filter(
      (e) => e.type === 'organization' || e.type === 'person' || e.type === 'place',
    );
    expect(typed.map((e) => e.name)).toEqual([]);
  });
});

describe('names from a capitals headline', () => {
  it('writes the name in mixed case when the text names the person by surname only', () => {
    const entities = entitiesOf('Trump said on Tuesday he would sign the bill.', 'DONALD TRUMP WINS VOTE');
    const trump = entities.find((e) => e.type === 'person');
    expect(trump?.name).toBe('Donald Trump');
  });
});

describe('organisations the lists name as something else', () => {
  it('reads "the Fed" as the central bank', () => {
    const types = typesOf(
      entitiesOf('Markets rallied after the Fed held rates steady. Traders expect the Fed to cut in March.'),
    );
    expect(types.get('Fed')).toEqual(['organization', 'organization']);
  });

  it('types a club named like a given name after "club", and its other mentions', () => {
    const types = typesOf(
      entitiesOf(
        'The striker joined Serie A club Atalanta on loan. The deal would cost Atalanta about $5 million.',
      ),
    );
    expect(types.get('Atalanta')).toEqual(['organization', 'organization']);
  });

  it('types a club before a playing position', () => {
    const types = typesOf(entitiesOf('He was sent off for pushing the Chelsea defender in the first half.'));
    expect(types.get('Chelsea')).toEqual(['organization']);
  });
});

describe('clubs on sports pages', () => {
  it('types a town a player plays for as the club', () => {
    const types = typesOf(
      entitiesOf(
        'Soccer: Griezmann, who played for Nice and Toulouse, scored twice in the league match on Saturday.',
      ),
    );
    expect(types.get('Nice')).toEqual(['organization']);
    expect(types.get('Toulouse')).toEqual(['organization']);
  });

  it('types plural nicknames, alone after "the" or after their town, as teams', () => {
    const types = typesOf(
      entitiesOf(
        'In baseball, the Cardinals beat the Cubs 4-2 in 10 innings and the New York Yankees routed the Blue Jays to stay top of the league.',
      ),
    );
    expect(types.get('Cardinals')).toEqual(['organization']);
    expect(types.get('Cubs')).toEqual(['organization']);
    expect(types.get('New York Yankees')).toEqual(['organization']);
    expect(types.get('Blue Jays')).toEqual(['organization']);
  });

  it('keeps countries, peoples and surnames ending in s out of it', () => {
    const types = typesOf(
      entitiesOf(
        'Soccer: the Netherlands beat the North Africans 2-0 in the league match and Chad Curtis scored.',
      ),
    );
    expect(types.get('Netherlands') ?? types.get('the Netherlands')).toEqual(['place']);
    expect(types.get('Chad Curtis')).toEqual(['person']);
    expect(types.get('North Africans')?.[0]).not.toBe('organization');
  });
});

describe('sports pages read from their wording', () => {
  it('counts a sport word inside a compound ("pro-baseball") towards a sports page', () => {
    const types = typesOf(
      entitiesOf(
        'Baseball-Results of pro-baseball games.\nResults of South Korean pro-baseball games played on Friday.\nOB 5 Samsung 0\nHanwha 2 Hyundai 1\nStandings after games played on Friday.',
      ),
    );
    expect(types.get('Samsung')).toEqual(['organization']);
    expect(types.get('Hyundai')).toEqual(['organization']);
  });

  it('reads bowlers and fielders of a cricket scorecard as people', () => {
    const types = typesOf(
      entitiesOf(
        'Cricket scoreboard of the one-day match, 50 overs an innings, six wickets down.\nS. Law c Tillekeratne b Dharmasena 31\nA. Smith lbw b Fleming 4\nBowling: Vass 8-1-33-1, Dharmasena 10-0-41-2.',
      ),
    );
    expect(types.get('Tillekeratne')).toEqual(['person']);
    expect(types.get('Dharmasena')).toEqual(['person', 'person']);
    expect(types.get('Fleming')).toEqual(['person']);
    expect(types.get('Vass')).toEqual(['person']);
  });

  it('does not make a town naming a tournament a club', () => {
    const types = typesOf(
      entitiesOf(
        'Tennis: Edberg upset Wimbledon champion Krajicek in the second round of the tournament match.',
      ),
    );
    expect(types.get('Wimbledon')).toEqual(['other']);
  });
});

describe('one strong cue against many defaults', () => {
  it('types every mention of a surname a person once ", whose" or "told" names a person', () => {
    const types = typesOf(
      entitiesOf(
        "Bocanegra climbs into the ring on Saturday. The fight, Bocanegra 's first at home, is sold out. " +
          'Bocanegra, whose record spans four decades, is 45. "I feel good," Bocanegra told reporters.',
      ),
    );
    expect(types.get('Bocanegra')).toEqual(['person', 'person', 'person', 'person']);
  });
});

describe('places after a preposition and an article', () => {
  it('reads a name after "across the" or "at the" as a place, even on a sports page', () => {
    const types = typesOf(
      entitiesOf(
        'Soccer: after the league match and the cup tie, fans of the club drove across the Alps. ' +
          'The coach spent the night at the Barvikha sanatorium.',
      ),
    );
    expect(types.get('Alps')).toEqual(['place']);
    expect(types.get('Barvikha')).toEqual(['place']);
  });
});

describe('a surname the next sentence calls "he" or "she"', () => {
  it('types every mention a person', () => {
    const types = typesOf(
      entitiesOf(
        'Trump has imposed tariffs on steel. He said more would follow. Officials said Trump would impose more.',
      ),
    );
    expect(types.get('Trump')).toEqual(['person', 'person']);
  });

  it('leaves a firm the next sentence calls "it" an organisation', () => {
    const types = typesOf(
      entitiesOf(
        'Nvidia has raised its forecast. It said demand was strong. Analysts said Nvidia would gain.',
      ),
    );
    expect(types.get('Nvidia')).toEqual(['organization', 'organization']);
  });
});
