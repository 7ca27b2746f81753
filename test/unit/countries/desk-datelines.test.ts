import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a story written at a world company desk (Bengaluru, Gdansk) about somewhere else', () => {
  it("puts the firm's country in focus, not the desk's, when the story never names the desk's country", () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Sony raises forecast as PlayStation sales jump',
      body:
        'BENGALURU, Nov 12 (Reuters) - Sony Group raised its annual profit forecast on Wednesday after ' +
        'strong sales of its PlayStation 5 console.\nThe Tokyo-based company now expects operating profit ' +
        'of 1.43 trillion yen.',
    });

    expect(focus).toEqual(['JP']);
    expect(pairs).toEqual([]);
  });

  it('reads an untitled desk story the same way', () => {
    const { focus } = focusAndPairs({
      body:
        'BENGALURU, Dec 1 (Reuters) - Toyota Motor cut its full-year operating profit forecast on Tuesday, ' +
        'saying tariffs on imported cars would cost it about 1.4 trillion yen. The Japanese automaker now ' +
        'expects operating profit of 3.2 trillion yen.',
    });

    expect(focus).toEqual(['JP']);
  });

  it('reads a Gdansk dateline as a desk too', () => {
    const { focus } = focusAndPairs({
      title: 'Novartis to buy Avidity Biosciences for $12 billion',
      body:
        'GDANSK, Oct 26 (Reuters) - Swiss drugmaker Novartis said on Sunday it would buy U.S.-based ' +
        'Avidity Biosciences for about $12 billion in cash.',
    });

    expect(focus).toEqual(['CH']);
  });

  it("keeps the dateline's country when the story names it (a home story filed from the desk city)", () => {
    const { focus } = focusAndPairs({
      title: 'Infosys wins $1.5 billion deal',
      body:
        'BENGALURU, Dec 1 (Reuters) - Infosys said on Monday it had won a $1.5 billion deal from a ' +
        "European bank.\nThe Indian IT services firm's shares rose 3% in Mumbai.",
    });

    expect(focus).toEqual(['IN']);
  });

  it('keeps the dateline country of a city that is no desk', () => {
    const { focus } = focusAndPairs({
      title: 'Toyota cuts profit forecast',
      body: 'SINGAPORE, Dec 1 (Reuters) - Toyota Motor cut its full-year profit forecast on Tuesday.',
    });

    expect(focus).toContain('SG');
  });

  it("gives no country to a desk story about a firm of no listed country, not the desk's (wild50 C12)", () => {
    // Act
    const { focus } = focusAndPairs({
      title: 'Costco lifts dividend',
      body: 'BENGALURU, Dec 1 (Reuters) - Costco raised its quarterly dividend on Tuesday as membership fees grew.',
    });

    // Assert
    expect(focus).toEqual([]);
  });

  it("takes no country from the desk city in a reporters' credit closing the last paragraph (wild50 C12)", () => {
    // Arrange
    const body =
      'Dec 1 (Reuters) - Costco raised its quarterly dividend on Tuesday. Membership fees grew 8%. ' +
      '(Reporting by Priya Nair in Bengaluru and Tom Hale in New York; Editing by Ann Marsh)';

    // Act
    const result = tagArticle({ title: 'Costco lifts dividend', body });

    // Assert
    expect(result.countries.map((c) => c.code)).not.toContain('IN');
    expect(result.entities.map((e) => e.name)).not.toContain('Priya Nair');
  });
});
