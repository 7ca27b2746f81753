import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../functions/core/entities/recognize.js';
import type { Entity } from '../../../functions/core/schema.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function entitiesOf(body: string, title?: string): Entity[] {
  return recognizeEntities(prepareDocument({ body, title, language: 'en' }));
}

function find(entities: Entity[], text: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === text));
}

describe('recognizeEntities: people, aliases and ids', () => {
  it('merges a surname, a title and a possessive into the full name', () => {
    const entities = entitiesOf(
      'Vice President J.D. Vance met Elon Musk on Monday. Mr. Vance later said Musk’s companies would invest. ' +
        'Donald Trump welcomed the talks, and Trump’s aides agreed.',
    );
    const vance = find(entities, 'J.D. Vance');
    expect(vance?.id).toBe('person:jd-vance');
    expect(vance?.mentions.map((m) => m.text)).toEqual(['J.D. Vance', 'Vance']);
    expect(find(entities, 'Musk')?.id).toBe('person:elon-musk');
    const trump = find(entities, 'Donald Trump');
    expect(trump?.type).toBe('person');
    expect(trump?.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump']);
  });

  it('reads the names of a story under a capitals-only headline together as in mixed case: surnames merged, ids given', () => {
    // Arrange: the headline's capitals are read against the body's names (the caseless path of recognizeEntities)
    const body =
      'Vice President J.D. Vance met Elon Musk on Monday. Mr. Vance later said Musk\u2019s companies would invest.';

    // Act
    const entities = entitiesOf(body, 'VANCE MEETS MUSK');

    // Assert
    const vance = find(entities, 'J.D. Vance');
    expect(vance?.id).toBe('person:jd-vance');
    expect(vance?.mentions.map((m) => [m.field, m.text])).toEqual([
      ['title', 'VANCE'],
      ['body', 'J.D. Vance'],
      ['body', 'Vance'],
    ]);
    expect(find(entities, 'Musk')?.id).toBe('person:elon-musk');
  });

  it('resolves a Chinese family name to the person named in full', () => {
    const entities = entitiesOf(
      'Chinese Vice President Han Zheng arrived in the capital on Friday. Han met business leaders.',
    );
    const han = find(entities, 'Han Zheng');
    expect(han?.type).toBe('person');
    expect(han?.mentions.map((m) => m.text)).toEqual(['Han Zheng', 'Han']);
  });

  it('merges "the Foreign Ministry" into the ministry named in full', () => {
    const entities = entitiesOf(
      'The Chinese Foreign Ministry issued a statement. Later the Foreign Ministry said talks would continue.',
    );
    const ministry = find(entities, 'Chinese Foreign Ministry');
    expect(ministry?.type).toBe('organization');
    expect(ministry?.name).toBe('Chinese Foreign Ministry');
    expect(ministry?.mentions.map((m) => m.text)).toEqual(['Chinese Foreign Ministry', 'Foreign Ministry']);
  });

  it('gives countries ISO ids and cities GeoNames ids, merging "U.S." with "United States"', () => {
    const entities = entitiesOf('The United States and China met in Shanghai. U.S. officials were pleased.');
    expect(find(entities, 'U.S.')?.id).toBe('place:iso:US');
    expect(find(entities, 'United States')?.id).toBe('place:iso:US');
    expect(find(entities, 'China')?.id).toBe('place:iso:CN');
    expect(find(entities, 'Shanghai')?.id).toMatch(/^place:geonames:\d+$/);
  });

  it('keeps an abbreviation hyphened to a longer name in one organisation', () => {
    const entities = entitiesOf(
      'Members of the U.S.-China Business Council met Tesla executives in Beijing.',
    );
    expect(find(entities, 'U.S.-China Business Council')).toMatchObject({
      id: 'organization:us-china-business-council',
      type: 'organization',
    });
    expect(find(entities, 'Tesla')?.type).toBe('organization');
  });

  it('types nationality adjectives as nationality, not place', () => {
    const entities = entitiesOf('American and Chinese negotiators met in Geneva.');
    expect(find(entities, 'American')?.type).toBe('nationality');
    expect(find(entities, 'Chinese')?.type).toBe('nationality');
  });
});

describe('recognizeEntities: hard cases', () => {
  it('tells Jordan the person from Jordan the country', () => {
    const person = entitiesOf('Michael Jordan scored 40 points. Jordan said the team played well.');
    expect(find(person, 'Michael Jordan')?.type).toBe('person');
    expect(find(person, 'Jordan')?.id).toBe(find(person, 'Michael Jordan')?.id);
    const country = entitiesOf('Officials said Jordan’s king would visit the region next week.');
    expect(find(country, 'Jordan')?.id).toBe('place:iso:JO');
  });

  it('tells Washington the person from Washington the city', () => {
    const people = entitiesOf('George Washington crossed the river. Denzel Washington starred in the film.');
    expect(find(people, 'George Washington')?.type).toBe('person');
    expect(find(people, 'Denzel Washington')?.type).toBe('person');
    const city = entitiesOf('The delegation flew to Beijing after talks in Washington ended.');
    expect(find(city, 'Washington')?.type).toBe('place');
  });

  it('recognises X the platform but not the letter X', () => {
    const platform = entitiesOf('The minister posted the statement on X, formerly known as Twitter.');
    expect(find(platform, 'X')).toMatchObject({ id: 'organization:x', type: 'organization' });
    const letter = entitiesOf('Factor X is unknown, and the X marks the spot.');
    expect(find(letter, 'X')).toBeUndefined();
  });

  it('does not tag ordinary words that start a sentence', () => {
    const entities = entitiesOf(
      'Despite the rain, the match went ahead. Officials said the crowd was large. Meanwhile prices rose.',
    );
    expect(entities.map((e) => e.name)).toEqual([]);
  });

  it('finds names in an all-capitals headline', () => {
    const entities = entitiesOf(
      'Vodafone reported higher profits in Germany on Tuesday.',
      'VODAFONE PROFIT RISES IN GERMANY',
    );
    const title = entities.flatMap((e) =>
      e.mentions.filter((m) => m.field === 'title').map((m) => [e.type, m.text]),
    );
    expect(title).toEqual(expect.arrayContaining([['place', 'GERMANY']]));
    expect(title.map(([, text]) => text)).not.toContain('PROFIT');
    expect(title.map(([, text]) => text)).not.toContain('RISES');
  });

  it('reads a phrase shouted in capitals inside a sentence as words, not as a name', () => {
    const entities = entitiesOf(
      'Residents asked WHO WILL PAY FOR THE DAMAGE after the flood hit Valencia. A banner read STOP THE WAR.',
    );

    expect(entities.map((e) => e.name)).toEqual(['Valencia']);
  });

  it('keeps names written in capitals inside a sentence', () => {
    const entities = entitiesOf(
      'A report in the NEW YORK TIMES said U.S. FDA officials met NATO envoys as PRESIDENT TRUMP spoke. ' +
        'The ACME CENTER FOR HEALTH RESEARCH agreed.',
    );

    expect(find(entities, 'NEW YORK TIMES')?.type).toBe('organization');
    expect(find(entities, 'TRUMP')?.type).toBe('person');
    expect(find(entities, 'NATO')?.type).toBe('organization');
    expect(find(entities, 'ACME CENTER FOR HEALTH RESEARCH')).toBeDefined();
  });

  it('keeps a name broken across a wrapped line as one mention that includes the line break', () => {
    const body =
      'The delegation travelling to the inauguration will be led by Vice President Han\nZheng, who is expected to meet business leaders during the visit to the capital.';
    const han = find(entitiesOf(body), 'Han\nZheng');
    expect(han?.type).toBe('person');
    expect(han?.name).toBe('Han Zheng');
  });

  it('strips a possessive from the mention', () => {
    const entities = entitiesOf('Trump’s plan was criticised. Donald Trump defended it.');
    expect(find(entities, 'Trump')?.id).toBe('person:donald-trump');
    expect(entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('Trump’s');
  });

  it('returns nothing for an empty body', () => {
    expect(entitiesOf('')).toEqual([]);
  });

  it('tags a 1 MB article', () => {
    const paragraph =
      'President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. Macron said France and Germany agreed. ';
    const body = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const entities = entitiesOf(body);
    expect(find(entities, 'Emmanuel Macron')?.mentions.length).toBeGreaterThan(8000);
    // A generous bound so a loaded machine does not fail the test; speed is measured by the bench.
  }, 120_000);

  it('treats places named as teams on a sports page as organisations and national sides as places', () => {
    const entities = entitiesOf(
      'Leicestershire beat Somerset by an innings in the county championship match.\nEngland beat Pakistan in the test.',
    );
    expect(find(entities, 'Somerset')?.type).toBe('organization');
    expect(find(entities, 'England')?.type).toBe('place');
  });

  it('reads clubs in a score line as teams and keeps the dateline city a place', () => {
    const entities = entitiesOf(
      'SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-31\nResults of English league soccer matches on Saturday :\nHull 2 Charlton 1\nBradford 0 Stoke 3',
    );
    expect(find(entities, 'Charlton')?.type).toBe('organization');
    expect(find(entities, 'Bradford')?.type).toBe('organization');
    expect(find(entities, 'LONDON')?.type).toBe('place');
  });

  it('strips a nationality and a title before a name', () => {
    const entities = entitiesOf('Chinese President Xi Jinping spoke by phone. Xi said trade would grow.');
    const xi = find(entities, 'Xi Jinping');
    expect(xi?.type).toBe('person');
    expect(xi?.mentions.map((m) => m.text)).toEqual(['Xi Jinping', 'Xi']);
    expect(find(entities, 'Chinese')?.type).toBe('nationality');
  });

  it('tags a wire story with its people, organisations and places, aliases resolved', () => {
    const body = [
      'SEOUL, South Korea — South Korean Prime Minister Han Duck-soo will meet Microsoft founder Bill Gates',
      'and officials of the Korea Chamber of Commerce in Busan next week, the Foreign Ministry said on Monday.',
      '    Han, who took office in 2022, has said Samsung Electronics and LG must invest more at home. Gates',
      'said on LinkedIn that he hoped to visit a Samsung plant. The ministry said the talks would cover',
      'trade with the United States and Japan.',
    ].join('\n');
    const entities = entitiesOf(body);
    const typeOf = (text: string) => find(entities, text)?.type;
    expect(find(entities, 'Han Duck-soo')?.mentions.map((m) => m.text)).toEqual(['Han Duck-soo', 'Han']);
    expect(find(entities, 'Bill Gates')?.mentions.map((m) => m.text)).toEqual(['Bill Gates', 'Gates']);
    expect(typeOf('Microsoft')).toBe('organization');
    expect(typeOf('Korea Chamber of Commerce')).toBe('organization');
    expect(typeOf('Samsung Electronics')).toBe('organization');
    expect(typeOf('Foreign Ministry')).toBe('organization');
    expect(find(entities, 'Busan')?.id).toMatch(/^place:geonames:\d+$/);
    expect(find(entities, 'United States')?.id).toBe('place:iso:US');
    expect(find(entities, 'Japan')?.id).toBe('place:iso:JP');
    expect(find(entities, 'SEOUL')?.type).toBe('place');
  });
});
