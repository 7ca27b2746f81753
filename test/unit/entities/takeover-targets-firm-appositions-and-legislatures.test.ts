import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

// Session 54 (ents54): company news in the wire's pre-tokenised shape (a sentence-case headline line, a dateline
// line, one sentence a line) and in prose; legislatures named with a word before them. Names are invented unless a
// list must know them.
const wire = (headline: string, sentence: string) => `${headline} .\nLONDON 1996-09-04\n${sentence}`;

describe('the firm a takeover bid is for (wild53 Y2)', () => {
  it('reads the two-word name after "bid for" as a firm', () => {
    const types = typesOf(
      entitiesOf(
        wire(
          'Bid talk',
          'The group said it had no plans to bid for Dalworth Mining , in which it holds a stake .',
        ),
      ),
    );

    expect(types.get('Dalworth Mining')).toEqual(['organization']);
  });

  it('reads the name after "offer for" as a firm', () => {
    const types = typesOf(
      entitiesOf('Kelvane raised its offer for Thomson Multimedia to 700 pence a share.'),
    );

    expect(types.get('Thomson Multimedia')).toEqual(['organization']);
  });

  it('reads a surname-like single word after "a rival bid for" as a firm', () => {
    const types = typesOf(entitiesOf(wire('Bid talk', 'Kelvane made a rival bid for Hanson on Monday .')));

    expect(types.get('Hanson')).toEqual(['organization']);
  });

  it('keeps a country after "bid for" a place', () => {
    const types = typesOf(entitiesOf('The consortium made a bid for Turkey to host the games.'));

    expect(types.get('Turkey')).toEqual(['place']);
  });

  it('keeps a possessive after "bid for" what it was', () => {
    const types = typesOf(entitiesOf("Labour said its bid for John Smith's old seat had failed."));

    expect(types.get('John Smith')).toEqual(['person']);
  });

  it('keeps a given name and a second word after "bid for" a player\'s name, on any page', () => {
    const types = typesOf(entitiesOf('Birmingham confirmed that Blackburn made a bid for Robbie Savage.'));

    expect(types.get('Robbie Savage')).toEqual(['person']);
  });

  it("leaves a single word that a full name of the story ends to the story's reading", () => {
    const types = typesOf(
      entitiesOf(
        'Dudley Brannock, the vice chairman, said he may be interested in making a bid for Brannock.',
      ),
    );

    expect(types.get('Brannock')).not.toEqual(['organization']);
  });

  it('leaves the bids of a sports page to the sports rules', () => {
    const types = typesOf(
      entitiesOf(
        'Arsenal made a bid for Darren Holloway on Monday. The striker scored 20 goals in the league last season ' +
          'and the club hopes to sign him before the match against Chelsea.',
      ),
    );

    expect(types.get('Darren Holloway')).toEqual(['person']);
  });
});

describe("a firm an apposition calls a trade's group (wild53 Y1)", () => {
  it('reads a sentence-initial name apposed to "the British engineering group" as a firm', () => {
    const types = typesOf(
      entitiesOf(
        wire('Profits rise', 'Dranmoor , the British engineering group , said it expected sales to grow .'),
      ),
    );

    expect(types.get('Dranmoor')).toEqual(['organization']);
  });

  it('reads trades joined by "and" before "group" too', () => {
    const types = typesOf(entitiesOf('Brellmark, the mining and trading group, said profits rose.'));

    expect(types.get('Brellmark')).toEqual(['organization']);
  });

  it('reads "the Dutch electronics concern" as a firm\'s apposition', () => {
    const types = typesOf(entitiesOf('Sales rose at Vandermolt, the Dutch electronics concern, last year.'));

    expect(types.get('Vandermolt')).toEqual(['organization']);
  });

  it('keeps a person whose apposition puts a function word before "group"', () => {
    const types = typesOf(entitiesOf('Kowalczyk, the man behind the group, said the tour would go ahead.'));

    expect(types.get('Kowalczyk')).toEqual(['person']);
  });
});

describe("a firm's own statement after its name and a verb of speech (wild53 Y1, Y2)", () => {
  it('reads a bare name announcing its board succession as a firm', () => {
    const types = typesOf(
      entitiesOf(
        wire(
          'Vertola names new chairman',
          'Vertola said on Wednesday Antonio Rinaldi would replace Carlo Bellini as chairman .',
        ),
      ),
    );

    expect(types.get('Vertola')).toEqual(['organization', 'organization']);
    expect(types.get('Antonio Rinaldi')).toEqual(['person']);
  });

  it('keeps a listed leader who announces a succession a person', () => {
    const types = typesOf(
      entitiesOf(
        wire(
          'Cabinet change',
          'Yeltsin said on Wednesday Viktor Petrov would replace Oleg Sidorov as chairman .',
        ),
      ),
    );

    expect(types.get('Yeltsin')).toEqual(['person']);
  });

  it('keeps the speaker of a succession "of" another body a person', () => {
    const types = typesOf(
      entitiesOf(
        wire(
          'New central bank chief',
          'Reagan said on Tuesday Alan Greenspan would replace Paul Volcker as chairman of the Federal Reserve .',
        ),
      ),
    );

    expect(types.get('Reagan')).toEqual(['person']);
  });

  it("keeps a spokesman named in full before a firm's order a person", () => {
    const types = typesOf(
      entitiesOf(
        'John Smith , a spokesman , said the firm was doing well .\nSmith said it had won a 40 million stg order .',
      ),
    );

    expect(types.get('Smith')).toEqual(['person']);
  });
});

describe('legislatures named by their own word (wild52 X2)', () => {
  it('reads "the State Duma" as one body', () => {
    const types = typesOf(
      entitiesOf(
        wire('Budget vote', "The State Duma , Russia 's lower house of parliament , rejected the budget ."),
      ),
    );

    expect(types.get('State Duma')).toEqual(['organization']);
  });

  it('reads "the speaker of the State Duma" as the body, not an office and its holder', () => {
    const types = typesOf(
      entitiesOf(
        wire(
          'Duma speaker warns',
          'The speaker of the State Duma , Gennady Seleznyov , said on Monday the vote would go ahead .',
        ),
      ),
    );

    expect(types.get('State Duma')).toEqual(['organization']);
    expect(types.get('Gennady Seleznyov')).toEqual(['person']);
  });

  it('still reads "Secretary of State" and its holder as a person', () => {
    const types = typesOf(entitiesOf('The visit by Secretary of State Rubio was cancelled.'));

    expect(types.get('Rubio')).toEqual(['person']);
  });

  it('reads a demonym before "Knesset" as one body', () => {
    const types = typesOf(entitiesOf('The Israeli Knesset voted to reject the budget.'));

    expect(types.get('Israeli Knesset')).toEqual(['organization']);
  });
});

describe('abbreviated legal forms of American firms (wild53 Y10)', () => {
  it('reads "Bancorp." with its period as a firm, its first word kept', () => {
    const types = typesOf(entitiesOf('First Fidelity Bancorp. said it expects a third-quarter loss.'));

    expect(types.get('First Fidelity Bancorp.')).toEqual(['organization']);
  });

  it('reads "Cos." as a firm\'s legal form', () => {
    const types = typesOf(entitiesOf('Kelvane Cos. said it expects a third-quarter loss.'));

    expect(types.get('Kelvane Cos.')).toEqual(['organization']);
  });
});

describe('a surname the lists know, alone, in its own company statement (wild53 Y1)', () => {
  it('reads "Harlow said it had won a ... order" as the firm', () => {
    const types = typesOf(
      entitiesOf(
        wire(
          'Harlow wins order',
          'Harlow said it had won a 40 million stg order from the Ministry of Defence .',
        ),
      ),
    );

    expect(types.get('Harlow')?.at(-1)).toBe('organization');
  });

  it('keeps a minister\'s "it had won the vote" a person', () => {
    const types = typesOf(entitiesOf(wire('Vote', 'Harlow said it had won the vote .')));

    expect(types.get('Harlow')).not.toContain('organization');
  });
});

describe('firms named by two words joined with "and"', () => {
  it('reads "Cable and Wireless" as one firm', () => {
    const types = typesOf(entitiesOf(wire('Telecom shares', 'Shares in Cable and Wireless fell 5 pence .')));

    expect(types.get('Cable and Wireless')).toEqual(['organization']);
  });
});

describe("an island group's first word alone", () => {
  it('reads "Cayman" in a headline as the place the story names "the Cayman Islands"', () => {
    const types = typesOf(
      entitiesOf(
        'Banks in the Cayman Islands reported higher deposits.',
        'Cayman banks report higher deposits',
      ),
    );

    expect(types.get('Cayman')).toEqual(['place']);
  });
});

describe('field labels of a wire listing (wild53 Y12)', () => {
  const listing =
    'Kelvane County , Ohio , $ 12 million bonds priced .\nNEW YORK 1996-09-04\n' +
    'ISSUER : Kelvane County School District ST : OH\nBANK QUAL : N\nDTD : 09/15/96 SURE BID : N\n' +
    'LAST SALE : None\nL.O. : Squire , Sanders & Dempsey , Cleveland\nF.A. : Public Finance Advisors , Columbus';

  it('reads no label as a name', () => {
    const types = typesOf(entitiesOf(listing));

    expect(types.has('LAST SALE')).toBe(false);
    expect(types.has('L.O.')).toBe(false);
    expect(types.has('F.A.')).toBe(false);
  });

  it('cuts a label glued to the value before it', () => {
    const types = typesOf(entitiesOf(listing));

    expect(types.has('Kelvane County School District ST')).toBe(false);
    expect(types.has('Kelvane County School District')).toBe(true);
  });

  it('keeps a name before a colon outside a listing', () => {
    const types = typesOf(
      entitiesOf('The message from NATO : hold the line.\nOfficials said the alliance agreed.'),
    );

    expect(types.get('NATO')).toEqual(['organization']);
  });
});

describe('the firm an analyst rates', () => {
  it('reads the name after "rating on" as a firm', () => {
    const types = typesOf(
      entitiesOf('Analysts at Kelvane Securities raised their rating on Dalworth Aquitaine.'),
    );

    expect(types.get('Dalworth Aquitaine')).toEqual(['organization']);
  });

  it('keeps a country after "rating on" a place', () => {
    const types = typesOf(entitiesOf("Kelvane Ratings cut its rating on Italy's debt."));

    expect(types.get('Italy')).toEqual(['place']);
  });
});

describe('a name of unknown words after "the" (ORG-renaming calibration, lead 22:40)', () => {
  it('reads it as a body, not a person', () => {
    const types = typesOf(
      entitiesOf(wire('Ban to stay', 'The Dusnov Kamiga proposed more than a year ago to lift the ban .')),
    );

    expect(types.get('Dusnov Kamiga')).toEqual(['organization']);
  });

  it('reads a club\'s name after "the" in a results sentence as the club', () => {
    const types = typesOf(
      entitiesOf(wire('Baseball', 'Estes pitched well as the Dusnovko Torbalin beat the Sendan 6-4 .')),
    );

    expect(types.get('Dusnovko Torbalin')).toEqual(['organization']);
  });

  it('keeps a family\'s name before "family" a person\'s', () => {
    const types = typesOf(entitiesOf('Police questioned the Velmar Torvik family on Monday.'));

    expect(types.get('Velmar Torvik')).toEqual(['person']);
  });

  it('keeps a name before the noun it modifies a person (read54 R6)', () => {
    const types = typesOf(entitiesOf('Fans cheered the Kelvane Morvane goal on Saturday.'));

    expect(types.get('Kelvane Morvane')).toEqual(['person']);
  });

  it('keeps a given name opening the run a person', () => {
    const types = typesOf(entitiesOf('The Marc Dutroux case shocked Belgium.'));

    expect(types.get('Marc Dutroux')).toEqual(['person']);
  });
});

describe('places and leaders near the firm cues (read54 R3, R4, R5)', () => {
  it('keeps a rated state or city a place', () => {
    const types = typesOf(entitiesOf('Kelvane Ratings lowered its rating on Illinois to Baa3 on Friday.'));

    expect(types.get('Illinois')).toEqual(['place']);
  });

  it('keeps a seat bid for a place', () => {
    const types = typesOf(entitiesOf('Johnson launched his bid for Downing Street on Wednesday.'));

    expect(types.get('Downing Street')).toEqual(['place']);
  });

  it('reads no firm in a name before the noun it modifies', () => {
    const types = typesOf(entitiesOf('The group backed a bid for Catalan independence.'));

    expect(types.get('Catalan') ?? []).not.toContain('organization');
  });

  it('keeps a leader who announces a chairman a person', () => {
    const types = typesOf(
      entitiesOf(
        wire('Party change', 'Kohl said on Wednesday Klaus Kinkel would replace Hans Dietrich as chairman .'),
      ),
    );

    expect(types.get('Kohl')).toEqual(['person']);
  });
});

describe('a firm named like a town after "shares in" (wild54 Z3)', () => {
  it('reads a listed firm named like a town as the firm', () => {
    const types = typesOf(entitiesOf('Shares in Toyota fell 3% in Tokyo on Tuesday after the results.'));

    expect(types.get('Toyota')).toEqual(['organization']);
  });

  it('keeps a continent invested in a place', () => {
    const types = typesOf(entitiesOf('The plan calls for investment in Africa over five years.'));

    expect(types.get('Africa')).toEqual(['place']);
  });
});
