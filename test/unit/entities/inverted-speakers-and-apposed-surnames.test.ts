import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** A pre-tokenised wire (one sentence a line, punctuation spaced off), as "name/type" of each entity of the body. */
function wireEntities(...sentences: string[]): string[] {
  const body = `WORLD - NEWS .\nLONDON 1996-09-14\n${sentences.join('\n')}`;
  return tagArticle({ body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a speaker named after an inverted verb of speech', () => {
  it('is a person when the name closes the sentence, though the story never names them in full', () => {
    // Arrange
    const quoted = '" We are ready to sign , " said Oduya .';
    const reported = 'The plan is dead , said Mwangura .';

    // Act
    const a = wireEntities(quoted);
    const b = wireEntities(reported);

    // Assert
    expect(a).toContain('Oduya/person');
    expect(b).toContain('Mwangura/person');
  });

  it('is a person before an apposition of a person, an age or "who"', () => {
    expect(wireEntities('" The market is calm , " said Wormbury , a dealer at a London bank .')).toContain(
      'Wormbury/person',
    );
    expect(wireEntities('" It is over , " said Oduya , 45 , a father of three .')).toContain('Oduya/person');
    expect(wireEntities('" We will not budge , " said Mwangura , who met the envoy on Friday .')).toContain(
      'Mwangura/person',
    );
  });

  it('stays a firm or an agency where the lists or the apposition say so', () => {
    expect(wireEntities('" Prices rose , " said Interfax .')).toContain('Interfax/organization');
    expect(wireEntities('" Sales rose , " said Unilever .')).toContain('Unilever/organization');
    expect(wireEntities('" Sales rose , " said Dorvex , the Dutch retailer .')).toContain(
      'Dorvex/organization',
    );
    expect(wireEntities('" Sales rose , " said Dorvex , which owns the hotels .')).toContain(
      'Dorvex/organization',
    );
  });

  it('is outvoted by the story’s other mentions of a firm', () => {
    const found = tagArticle({
      body: 'Phone sales will slow, said Quorvant. A study by Quorvant found the same. The Quorvant report was published on Monday.',
    }).entities.map((e) => `${e.name}/${e.type}`);

    expect(found).not.toContain('Quorvant/person');
  });

  it('is not read into "said X would": the name opens the reported clause', () => {
    expect(wireEntities('Officials said Dorvex would cut jobs .')).toContain('Dorvex/organization');
  });
});

describe('one word opening a sentence before an apposition of a person', () => {
  it('is a person’s surname, not an ordinary word the lexicon lacks', () => {
    expect(
      wireEntities('Oduya , the Ruritanian foreign minister , said the border would stay shut .'),
    ).toContain('Oduya/person');
    expect(wireEntities('Mwangura , the U.S. envoy , arrived in Belgrade .')).toContain('Mwangura/person');
    expect(wireEntities('Ferrandi , 26 , won in straight sets .')).toContain('Ferrandi/person');
  });

  it('needs the apposition’s article: an opening adverb before another name’s title is no name', () => {
    expect(
      wireEntities('Earlier , Treasury Secretary James Baker told the panel rates would hold .'),
    ).not.toContain('Earlier/person');
    expect(
      wireEntities('Meanwile , Treasury Secretary James Baker told the panel rates would hold .'),
    ).not.toContain('Meanwile/person');
  });

  it('stays a firm when the apposition calls it one', () => {
    expect(wireEntities('Dorvex , the Dutch retailer , said sales rose .')).toContain('Dorvex/organization');
  });
});

describe('a surname listed beside a newsmaker', () => {
  it('is a person too', () => {
    expect(wireEntities('Talks between Oduya and Milosevic ended .')).toContain('Oduya/person');
    expect(wireEntities('Oduya and Kagame agreed on a coalition .')).toContain('Oduya/person');
  });
});

describe('an agency or a broking house after an inverted verb of speech (read51 R24)', () => {
  it('is the agency when a wire writes its capitals in title case', () => {
    // Arrange
    const hina = '" The ceasefire is holding , " said Hina .';
    const tass = 'Tass said the convoy had crossed the border .';

    // Act
    const a = wireEntities(hina);
    const b = wireEntities(tass);

    // Assert
    expect(a).toContain('Hina/organization');
    expect(b).toContain('Tass/organization');
  });

  it('is no person when the apposition calls it a broker or a news agency and names nothing after', () => {
    expect(wireEntities('" Prices will ease , " said Wormbury , a broker .')).not.toContain(
      'Wormbury/person',
    );
    expect(wireEntities('" The road is open , " said Fena , the Bosnian news agency .')).not.toContain(
      'Fena/person',
    );
  });

  it('stays a person who is a broker at a firm, or a given name that spells an agency', () => {
    expect(wireEntities('" Prices will ease , " said Wormbury , a broker at a London bank .')).toContain(
      'Wormbury/person',
    );
    expect(wireEntities('" We are ready , " said Nan .')).not.toContain('Nan/organization');
  });
});
