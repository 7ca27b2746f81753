import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function countryOf(town: string, title: string, body: string): string | undefined {
  return tagArticle({ title, body }).countries.find((c) => c.mentions.some((m) => m.text === town))?.code;
}

function codesOf(title: string, body: string): string[] {
  return tagArticle({ title, body }).countries.map((c) => c.code);
}

describe('a town named by its council in a local story', () => {
  it('is in the dateline’s country, not the country the gazetteer gives the name to', () => {
    // Arrange (wild41 item 7: "Kingston council" counted Jamaica over LONDON and MELBOURNE datelines)
    const london = 'LONDON (Reuters) - Kingston council approved plans for 2,000 new homes on Tuesday.';
    const melbourne = 'MELBOURNE (AAP) - Kingston council said works near the new station would end in June.';

    // Act
    const found = [codesOf('Council approves plan', london), codesOf('Works', melbourne)];

    // Assert
    expect(found).toEqual([['GB'], ['AU']]);
  });

  it('is in the one country the story’s other places are in, without a dateline', () => {
    const body =
      'Kingston council approved plans for 2,000 new homes. The council in south-west London said so.';

    const found = codesOf('Council approves plan', body);

    expect(found).toEqual(['GB']);
  });

  it('stays in its country when the story names that country too', () => {
    const body =
      'KINGSTON (Reuters) - Kingston council approved a budget. Jamaica’s prime minister welcomed it.';

    const found = countryOf('Kingston', 'Budget', body);

    expect(found).toBe('JM');
  });
});

describe('a town at one end of a local stretch', () => {
  it('is in the dateline’s country when the other end is a place the gazetteer does not know', () => {
    // Arrange (wild41 au1: Britain .195 in a MELBOURNE story on a rail tunnel)
    const body =
      'MELBOURNE (AAP) - Victoria’s government committed $2.2 billion to the rail loop. Tunnelling between ' +
      'Cheltenham and Box Hill would start next year.';

    // Act
    const found = codesOf('Rail tunnel funding', body);

    // Assert
    expect(found).toEqual(['AU']);
  });

  it('keeps a stretch to a known place abroad where it is', () => {
    const body =
      'LONDON (Reuters) - Flights between Kingston and Montego Bay were cancelled as the storm neared.';

    const found = countryOf('Kingston', 'Flights cancelled', body);

    expect(found).toBe('JM');
  });
});
