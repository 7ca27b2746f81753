import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 51 (fixE51, wild50 E17): a CoNLL-style story opens with a headline line in capitals that names the
// story's people and bodies short — a club by its first word, a player by his given name, a firm by its initials,
// the second of two people by his surname — and the text below names them in full.

/** Each mention the tagger finds in a body, as "mention=type:entity name", in the order of the text. */
function mentionsIn(body: string): string[] {
  const found: { at: number; text: string }[] = [];
  for (const e of tagArticle({ body }).entities)
    for (const m of e.mentions) found.push({ at: m.start, text: `${m.text}=${e.type}:${e.name}` });
  return found.sort((a, b) => a.at - b.at).map((m) => m.text);
}

describe('a short form in a capitals headline of a name the story gives in full', () => {
  it('is the club the first word of a body\u2019s name opens', () => {
    // Arrange
    const body =
      'SOCCER - HAJDUK SACK COACH .\nSPLIT 1996-09-11\nHajduk Split sacked coach Ivan Horvat on Wednesday .';

    // Act
    const found = mentionsIn(body);

    // Assert
    expect(found.filter((m) => m.startsWith('HAJDUK=organization:'))).toHaveLength(1);
  });

  it('is the club an ordinary word opens, on a sports page', () => {
    const found = mentionsIn(
      'SOCCER - SPORTING HOLD BENFICA .\nLISBON 1996-09-11\nSporting Lisbon drew 1-1 with Benfica on Wednesday .',
    );

    expect(found).toContain('SPORTING=organization:Sporting Lisbon');
  });

  it('is the player the given name opens', () => {
    const found = mentionsIn(
      'CRICKET - SAQLAIN AND MUSHTAQ SPIN PAKISTAN TO WIN .\nLAHORE 1996-09-11\n' +
        'Saqlain Mushtaq and Mushtaq Ahmed took four wickets each as Pakistan won by 50 runs .',
    );

    expect(found).toContain('SAQLAIN=person:Saqlain Mushtaq');
  });

  it('is the firm or union whose initials it spells', () => {
    const found = mentionsIn(
      'USA - FM , IUE AGREE CONTRACT .\nCHICAGO 1996-09-11\n' +
        'Frobisher Machines Corp and the International Union of Electricians agreed a contract on Wednesday .',
    );

    expect(found).toEqual(
      expect.arrayContaining([
        'FM=organization:Frobisher Machines Corp',
        'IUE=organization:International Union of Electricians',
      ]),
    );
  });

  it('is the second of two people the text names in full though the lists know neither', () => {
    const found = mentionsIn(
      'GEORGIA - ZURABOV , KVARATSKHELIA SIGN ACCORD .\nTBILISI 1996-09-11\n' +
        'Levan Zurabov and Davit Kvaratskhelia signed an accord on Wednesday .',
    );

    expect(found).toEqual(
      expect.arrayContaining(['ZURABOV=person:Levan Zurabov', 'KVARATSKHELIA=person:Davit Kvaratskhelia']),
    );
  });

  it('stands for no one when two names of the story share it, or when it is the desk\u2019s sport', () => {
    const shared = mentionsIn(
      'SOCCER - DYNAMO WIN DERBY .\nKIEV 1996-09-11\nDynamo Kiev beat Dynamo Minsk 2-1 on Wednesday .',
    );
    const desk = mentionsIn(
      'RUGBY UNION - LEICESTER WIN .\nLONDON 1996-09-11\nThe Rugby Football Union fined Bath on Wednesday .',
    );

    expect(shared.filter((m) => m.startsWith('DYNAMO='))).toEqual([]);
    expect(desk.filter((m) => m.startsWith('RUGBY='))).toEqual([]);
  });

  it('leaves a headline\u2019s ordinary word alone off the sports pages', () => {
    const found = mentionsIn(
      'UK - GENERAL STRIKE CALLED .\nLONDON 1996-09-11\nGeneral Dynamics Corp said on Wednesday its workers would strike .',
    );

    expect(found.filter((m) => m.startsWith('GENERAL='))).toEqual([]);
  });

  it('cuts no name of two joined names to its first word (wild51)', () => {
    // Arrange
    const body =
      'USA - PROCTER & GAMBLE PROFIT RISES .\nCINCINNATI 1996-08-30\nProcter & Gamble Co said on Friday its profit rose 10 percent .';

    // Act
    const found = mentionsIn(body);

    // Assert
    expect(found.filter((m) => m.startsWith('PROCTER='))).toEqual([]);
  });
});
