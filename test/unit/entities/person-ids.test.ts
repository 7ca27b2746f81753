import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** The tagger on an invented story: its person ids and its country codes. */
function tagged(title: string, body: string) {
  const result = tagArticle({ title, body });
  return {
    people: result.entities.filter((e) => e.type === 'person').map((e) => `${e.id} ${e.name}`),
    countries: result.countries.map((c) => c.code),
  };
}

describe('a person named with a middle initial, a suffix or a second surname', () => {
  it.each([
    [
      'Federal Reserve Chair Jerome H. Powell defended the bank on Tuesday.',
      'person:jerome-powell Jerome Powell',
    ],
    ['Chief Executive Elon R. Musk sold 2 million shares.', 'person:elon-musk Elon Musk'],
    [
      'President Claudia Sheinbaum Pardo said the tariffs were unfair.',
      'person:claudia-sheinbaum Claudia Sheinbaum',
    ],
  ])('gets the listed newsmaker id: %j', (body, person) => {
    // Act
    const { people } = tagged('A story', body);
    // Assert
    expect(people).toContain(person);
  });

  it('without the listed name, gets the id of the name without its initial and suffix', () => {
    // Arrange: the New York Times' formal full form and the wire's.
    const formal = 'Chief Justice John G. Roberts Jr. wrote for the majority on Friday.';
    const plain = 'Chief Justice John Roberts wrote for the majority on Friday.';
    // Act
    const ids = [formal, plain].map((body) => tagged('Court rules', body).people[0]?.split(' ')[0]);
    // Assert
    expect(ids).toEqual(['person:john-roberts', 'person:john-roberts']);
  });

  it.each([
    [
      'Prime Minister Narendra Damodardas Modi met the envoys on Monday.',
      'person:narendra-modi Narendra Modi',
    ],
    [
      'President Matamela Cyril Ramaphosa signed the bill on Friday.',
      'person:cyril-ramaphosa Cyril Ramaphosa',
    ],
  ])(
    'gets the listed newsmaker id where middle names or a first name go before it (wild59): %j',
    (body, person) => {
      expect(tagged('A story', body).people).toContain(person);
    },
  );

  it("keeps the name of a listed newsmaker's namesake whose own words are no listed name", () => {
    const { people } = tagged('Family', 'Robert Hunter Biden spoke to reporters in Delaware on Monday.');

    expect(people[0]).toMatch(/^person:robert-hunter-biden /);
  });

  it("keeps a son's suffix where the name without it is a listed newsmaker's", () => {
    // Act
    const { people } = tagged('Campaign trip', 'Donald J. Trump Jr. spoke at a rally in Ohio on Monday.');
    // Assert
    expect(people[0]).toMatch(/^person:donald-trump-jr /);
  });

  it('keeps two initials, which tell namesakes apart', () => {
    // Act
    const { people } = tagged('Archive', 'Former President George H. W. Bush was remembered on Sunday.');
    // Assert
    expect(people.join(',')).not.toContain('person:george-bush');
  });
});

describe('a surname the newsmakers list leaves out as common, under a title', () => {
  it.each([
    [
      'Albanese in Beijing',
      'Prime Minister Albanese arrived in Beijing on Tuesday.',
      'person:anthony-albanese',
      'AU',
    ],
    ['Ueda speaks', 'BOJ Governor Ueda said on Friday that rates would rise.', 'person:kazuo-ueda', 'JP'],
    ['Rates held', 'BoE Governor Bailey said inflation was easing.', 'person:andrew-bailey', 'GB'],
    ['Fed on hold', 'Fed Chair Powell said the bank would wait.', 'person:jerome-powell', 'US'],
    ['Premier visits', 'Premier Li met business leaders in Shanghai on Monday.', 'person:li-qiang', 'CN'],
  ])('is the listed holder of that office, with its country: %j', (title, body, id, country) => {
    // Act
    const { people, countries } = tagged(title, body);
    // Assert
    expect(people.map((p) => p.split(' ')[0])).toContain(id);
    expect(countries).toContain(country);
  });

  it('under another office, or a lesser one, stays the surname', () => {
    // Act
    const coach = tagged('Match report', 'Coach Albanese praised the defence after the game.');
    const deputy = tagged('Cabinet', 'Deputy Prime Minister Carney spoke in Toronto on Monday.');
    // Assert
    expect(coach.people[0]).toMatch(/^person:albanese /);
    expect(deputy.people[0]).toMatch(/^person:carney /);
  });
});

describe('a person named with spaced initials', () => {
  it('keeps every initial and gets the id of the initials closed up', () => {
    // Arrange: the spaced form of some papers and the closed form of others.
    const spaced =
      'TSMC chairman C. C. Wei said demand was strong. J. R. R. Tolkien and E. B. White were read.';
    const closed = 'TSMC chairman C.C. Wei said demand was strong. J.R.R. Tolkien and E.B. White were read.';
    // Act
    const [a, b] = [spaced, closed].map((body) =>
      tagged('Chips', body)
        .people.map((p) => p.split(' ')[0])
        .sort(),
    );
    // Assert
    expect(tagged('Chips', spaced).people).toContain('person:cc-wei C. C. Wei');
    expect(a).toEqual(['person:cc-wei', 'person:eb-white', 'person:jrr-tolkien']);
    expect(a).toEqual(b);
  });

  it('tells a father written with two spaced initials from his son with one', () => {
    // Act
    const { people } = tagged('Presidents', 'George H. W. Bush and George W. Bush met in Kennebunkport.');
    // Assert
    expect(people).toHaveLength(2);
    expect(people).toContain('person:george-hw-bush George H. W. Bush');
  });
});
