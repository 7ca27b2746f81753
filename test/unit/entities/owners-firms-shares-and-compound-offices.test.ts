import { describe, expect, it } from 'vitest';
import { entitiesOf, typedNames, typesOf } from './entities-of.js';

// Session 53 (ents53): company news read in the wire's pre-tokenised shape (a sentence-case headline line, a
// dateline line, one sentence a line) and in prose. Names and firms are invented unless a list must know them.
describe('an investor or an owner acting in his own name, in company news (wild52 17:32)', () => {
  it('reads a name that "he" takes up in another mention as a person, not the firm of the headline', () => {
    const types = typesOf(
      entitiesOf(
        'Brodowski completes acquisition of stake .\nNEW YORK 1996-09-02\n' +
          'Brodowski said on Monday he completed the acquisition of a 9.9 percent stake in Vantrell Corp .',
      ),
    );

    expect(types.get('Brodowski')).toEqual(['person', 'person']);
  });

  it('keeps a firm whose own "it" takes it up as the firm, beside a person "he" takes up', () => {
    const types = typesOf(
      entitiesOf(
        'Brellmark completes acquisition .\nCHICAGO 1996-09-02\n' +
          'Brellmark said on Monday it completed the acquisition of a Texas rival .\n' +
          'Chairman Peter Hargreave said he was pleased with the price .',
      ),
    );

    expect(types.get('Brellmark')).toEqual(['organization', 'organization']);
    expect(types.get('Peter Hargreave')).toEqual(['person']);
  });

  it("reads an owner who names another firm's chief executive as no firm of his own", () => {
    const types = typesOf(
      entitiesOf(
        'Castellani names new Vertola chief executive .\nTURIN 1996-09-02\n' +
          'Castellani named Paolo Rinaldi chief executive on Monday .',
      ),
    );

    expect(types.get('Castellani') ?? []).not.toContain('organization');
    expect(types.get('Paolo Rinaldi')).toEqual(['person']);
  });

  it("keeps a parent that names its own unit's chief executive as the firm (read53 R3)", () => {
    const types = typesOf(
      entitiesOf(
        'Quillon names new Zelmar chief executive .\nLONDON 1996-09-04\n' +
          'Quillon named John Smith chief executive of its Zelmar unit on Friday .',
      ),
    );

    expect(types.get('Quillon')).toEqual(['organization', 'organization']);
  });

  it('still reads a firm that names its own chief executive as the firm', () => {
    const types = typesOf(
      entitiesOf(
        'Quillon names new chief executive .\nNEW YORK 1996-09-02\n' +
          'Quillon named Peter Hargreave chief executive on Monday .',
      ),
    );

    expect(types.get('Quillon')).toEqual(['organization', 'organization']);
  });
});

describe('a firm no list knows, by its own stand after "said it" (wild53 Y1)', () => {
  it.each([
    'Dravenor said on Wednesday it had no plans to make a bid .',
    'Dravenor said it was in talks with a possible buyer for its textile division .',
    'Dravenor said it had won a 40 million stg order from the Ministry of Defence .',
    'Dravenor said on Wednesday it had agreed to sell its engine unit for 117 million stg .',
    'Dravenor said on Wednesday it would not bid .',
  ])('reads the speaker of "%s" as the firm', (sentence) => {
    const types = typesOf(entitiesOf(`Dravenor statement .\nLONDON 1996-09-04\n${sentence}`));

    expect(types.get('Dravenor')).toContain('organization');
    expect(types.get('Dravenor')).not.toContain('person');
  });

  it.each([
    'Okonkwo said on Wednesday it was in talks with two buyers for the unit .',
    'Mwangi said on Wednesday it had agreed to sell the railway to a private operator .',
    'Kowalczyk said on Wednesday it had won the vote fair and square .',
    'Kaczmarek said it would not sell the airline this year , the minister added .',
  ])('keeps a minister speaking for a government in "%s" as no firm (read53 R2)', (sentence) => {
    const types = typesOf(entitiesOf(`Talks .\nNAIROBI 1996-09-04\n${sentence}`));
    const [name] = sentence.split(' ');

    expect(types.get(name!) ?? []).not.toContain('organization');
  });

  it('keeps a leader whose "it" is the matter spoken of as the person', () => {
    expect(typedNames('Yeltsin said on Friday it had no plans to send troops.')).toContain(
      'Boris Yeltsin/person',
    );
    expect(typedNames('Mandela said it had been a difficult year for the country.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Mandela\/person$/)]),
    );
  });
});

describe('share moves in a market report', () => {
  it('reads a name whose share moves a spelled-out figure of pence as a firm, even a known surname', () => {
    const types = typesOf(
      entitiesOf('LONDON 1996-09-02\nAmong leading shares , Hanson fell six pence to 130 .'),
    );

    expect(types.get('Hanson')).toEqual(['organization']);
  });

  it('reads a German share moving in marks and a New York share moving in fractions as firms', () => {
    const types = typesOf(
      entitiesOf(
        'FRANKFURT 1996-09-02\nBrenholt rose 1.20 marks to 52.10 .\nNEW YORK 1996-09-02\n' +
          'Kestamar fell 1/8 to 9-7/8 .',
      ),
    );

    expect(types.get('Brenholt')).toEqual(['organization']);
    expect(types.get('Kestamar')).toEqual(['organization']);
  });

  it('keeps a crude grade priced by the barrel out of the firms', () => {
    const types = typesOf(entitiesOf('Urals fell six cents to 19.50 dollars a barrel .'));

    expect(types.get('Urals') ?? []).not.toContain('organization');
  });
});

describe('a listed firm written without its hyphen', () => {
  it('reads "Rolls Royce" and "Mercedes Benz" as the firms the lists write with a hyphen', () => {
    const types = typesOf(
      entitiesOf(
        'LONDON 1996-09-02\nRolls Royce fell 12 pence to 250 .\nMercedes Benz said on Monday sales rose .',
      ),
    );

    expect(types.get('Rolls Royce')).toEqual(['organization']);
    expect(types.get('Mercedes Benz')).toEqual(['organization']);
  });

  it('keeps two words a person may be named by as the person', () => {
    expect(typedNames('Kimberly Clark said on Friday she would run for the seat.')).toEqual(
      expect.arrayContaining(['Kimberly Clark/person']),
    );
  });
});

describe('"General" after a title completes the office (wild53 X1)', () => {
  it.each([
    "The Attorney General 's office said on Friday it had opened an inquiry .",
    "The Inspector General's report said the agency had lost track of the money.",
    "The Surgeon General 's warning is printed on every packet .",
  ])('finds no person "General" in "%s"', (sentence) => {
    const types = typesOf(entitiesOf(sentence));

    expect(types.get('General')).toBeUndefined();
  });

  it('keeps the country before the office and the holder after it', () => {
    const types = typesOf(
      entitiesOf(
        "The U.S. Attorney General 's office declined to comment , Attorney General Janet Rowe said .",
      ),
    );

    expect(types.get('U.S.')).toEqual(['place']);
    expect(types.get('Janet Rowe')).toEqual(['person']);
    expect(types.get('General')).toBeUndefined();
  });
});

describe('legal forms, delivery months and a firm\'s "&" in a headline in capitals', () => {
  it('reads a name closed by a Hungarian or a Japanese legal form as a firm', () => {
    const rt = typesOf(entitiesOf('Kelvane Rt said on Wednesday it had won an order .'));
    const kk = typesOf(entitiesOf('Kelvane KK said on Wednesday sales rose .'));

    expect(rt.get('Kelvane Rt')).toEqual(['organization']);
    expect(kk.get('Kelvane KK')).toEqual(['organization']);
  });

  it('reads "Jan" before a crude benchmark as its delivery month, no given name', () => {
    const types = typesOf(
      entitiesOf('Oil prices ease .\nLONDON 1996-08-30\nJan Brent crude fell 20 cents to $ 21.50 a barrel .'),
    );

    expect(types.get('Jan Brent')).toBeUndefined();
  });

  it('reads a firm named with "&" in a headline in capitals as the firm of the body', () => {
    const types = typesOf(
      entitiesOf(
        'LONDON 1996-08-30\nHarwick & Dunmore said on Friday pretax profit rose 10 percent .',
        'HARWICK & DUNMORE PROFITS UP',
      ),
    );

    expect(types.get('HARWICK & DUNMORE')).toEqual(['organization']);
    expect(types.get('DUNMORE')).toBeUndefined();
  });

  it('reads "Credit" before a name that is no English word as the bank\'s first word', () => {
    const opening = typesOf(entitiesOf('Credit Lyonnais raised its rating on the shares to buy on Friday .'));
    const inside = typesOf(
      entitiesOf('Credit Agricole and Credit Foncier said on Friday they would merge .'),
    );
    const ordinary = typesOf(entitiesOf('Credit card debt rose in July .'));

    expect(opening.get('Credit Lyonnais')).toEqual(['organization']);
    expect(opening.get('Lyonnais')).toBeUndefined();
    expect(inside.get('Credit Foncier')).toEqual(['organization']);
    expect(ordinary.size).toBe(0);
  });
});
