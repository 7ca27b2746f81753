import { describe, expect, it } from 'vitest';
import {
  entity,
  entityNames,
  focusCountries,
  mentionTexts,
  pairs,
  TOPIC,
  tagBatchItem,
  tagDemo,
  topLevelTopics,
} from './demo.js';

// What a reader expects from each invented demo article (test/fixtures/articles/README.md): the key
// entities, the countries the story is about, the pairs it links and its main topic. Not snapshots:
// other tags may come and go as the recognisers improve.

describe('U.S.-China tariff truce (plain text with a title line)', () => {
  const { article, result } = tagDemo('us-china-tariff-truce.txt');

  it('reads the headline as the title and finds the WASHINGTON dateline', () => {
    expect(article.title).toBe('U.S. and China agree to pause new tariffs for 90 days');
    expect(result.dateline?.place).toBe('WASHINGTON');
  });

  it('is about China and the United States and links them', () => {
    expect(focusCountries(result)).toEqual(expect.arrayContaining(['CN', 'US']));
    expect(pairs(result)).toContain('CN-US');
    expect(result.countryPairs.find((p) => p.pair === 'CN-US')?.evidence.length).toBeGreaterThan(0);
  });

  it('is mainly an economy story (trade and tariffs)', () => {
    expect(topLevelTopics(result)[0]).toBe(TOPIC.economy);
  });

  it('names both negotiators and merges their surname mentions into them', () => {
    expect(mentionTexts(entity(result, 'person', 'Margaret Ellison'))).toContain('Ellison');
    expect(mentionTexts(entity(result, 'person', 'Liu Wenjun'))).toContain('Liu');
  });

  it('finds the business council and the Chinese Commerce Ministry as organisations', () => {
    const orgs = entityNames(result, 'organization').join(' | ');
    expect(orgs).toMatch(/U\.S\.-China Business Council/);
    expect(orgs).toMatch(/Commerce Ministry/);
  });
});

describe('Caucasus rail corridor (plain text, no title line, Georgia/Jordan/Turkey)', () => {
  const { article, result } = tagDemo('caucasus-rail-corridor.txt');

  it('keeps the first paragraph in the body and reads the TBILISI dateline', () => {
    expect(article.title).toBeUndefined();
    expect(result.dateline?.place).toBe('TBILISI, Georgia');
  });

  it('is about Turkey, Georgia (the country) and Jordan, and links Georgia with Turkey', () => {
    expect(focusCountries(result)).toEqual(expect.arrayContaining(['GE', 'TR', 'JO']));
    expect(pairs(result)).toContain('GE-TR');
    expect(result.countries.find((c) => c.code === 'US')?.focus ?? false).toBe(false);
  });

  it('tags Jordan Ellis as a person, not as the country', () => {
    const ellis = entity(result, 'person', 'Jordan Ellis');
    expect(ellis).toBeDefined();
    const at = article.body.indexOf('Jordan Ellis');
    const jordan = result.countries.find((c) => c.code === 'JO');
    expect(jordan?.mentions.some((m) => m.field === 'body' && m.start === at) ?? false).toBe(false);
  });

  it('names the ministers', () => {
    for (const name of ['Nino Beridze', 'Kemal Aydin', 'Omar Haddad']) {
      expect(entity(result, 'person', name), name).toBeDefined();
    }
  });

  it('is mainly an economy story (transport and trade)', () => {
    expect(topLevelTopics(result)[0]).toBe(TOPIC.economy);
  });
});

describe('Georgia election (HTML page)', () => {
  const { article, result } = tagDemo('georgia-election.html');

  it('takes the og:title and the published time, and drops navigation, share widgets and footer', () => {
    expect(article.title).toBe(
      'Georgia votes in tight parliamentary election as EU hopes hang in the balance',
    );
    expect(article.publishedAt).toBe('2026-10-26T19:45:00+04:00');
    expect(article.body).not.toMatch(
      /Share on Facebook|Subscribe|All rights reserved|Five things to know|dataLayer/,
    );
    expect(article.body.startsWith('TBILISI — Georgians voted on Saturday')).toBe(true);
  });

  it('is about Georgia the country, not the U.S. state, and links it with Russia', () => {
    expect(focusCountries(result)).toContain('GE');
    expect(focusCountries(result)).not.toContain('US');
    expect(pairs(result)).toContain('GE-RU');
  });

  it('names the prime minister and the opposition leader', () => {
    expect(entity(result, 'person', 'Levan Gelashvili')).toBeDefined();
    expect(mentionTexts(entity(result, 'person', 'Salome Tsereteli'))).toContain('Tsereteli');
  });

  it('is a politics story', () => {
    expect(topLevelTopics(result)[0]).toBe(TOPIC.politics);
  });

  it('finds the election commission and the OSCE as organisations', () => {
    const orgs = entityNames(result, 'organization').join(' | ');
    expect(orgs).toMatch(/Central Election Commission/);
    expect(orgs).toMatch(/Organization for Security and Co-operation in Europe/);
  });
});

describe('Social media fine (HTML page)', () => {
  const { article, result } = tagDemo('social-media-fine.html');

  it('takes the <title> without the site name and leaves out the cookie banner and newsletter box', () => {
    expect(article.title).toBe('Brussels fines Chirper €350m over child safety');
    expect(article.body).not.toMatch(/cookies|newsletter/i);
  });

  it('finds the platform and the European Commission as organisations', () => {
    const orgs = entityNames(result, 'organization').join(' | ');
    expect(orgs).toMatch(/Chirper/);
    expect(orgs).toMatch(/European Commission/);
  });

  it('is tagged technology and social media, among its three main topics', () => {
    expect(topLevelTopics(result).slice(0, 3)).toContain(TOPIC.science);
    expect(result.topics.map((t) => t.label)).toContain('social media');
  });

  it('names the commissioner and the chief executive', () => {
    expect(entity(result, 'person', 'Anna Virtanen')).toBeDefined();
    expect(entity(result, 'person', 'Daniel Okafor')).toBeDefined();
  });
});

describe('Nigeria v Ghana qualifier (Markdown with front matter)', () => {
  const { article, result } = tagDemo('super-eagles-qualifier.md');

  it('reads title, date and source from the front matter and strips the markup', () => {
    expect(article.title).toBe('Nigeria beat Ghana 2-1 to top World Cup qualifying group');
    expect(article.publishedAt).toBe('2026-09-08T21:30:00+01:00');
    expect(article.source).toBe('Pitchside');
    expect(article.body).not.toMatch(/[*#>]/);
  });

  it('is about Nigeria and Ghana', () => {
    expect(focusCountries(result)).toEqual(expect.arrayContaining(['NG', 'GH']));
  });

  it('names the scorers and the coaches', () => {
    for (const name of ['Tunde Adebayo', 'Emeka Obi', 'Sani Ibrahim', 'Samuel Owusu']) {
      expect(entity(result, 'person', name), name).toBeDefined();
    }
  });

  it('is a sport story', () => {
    expect(topLevelTopics(result)[0]).toBe(TOPIC.sport);
  });
});

describe('North Sea hydrogen (Markdown)', () => {
  const { article, result } = tagDemo('north-sea-hydrogen.md');

  it('takes the level-one heading as the title', () => {
    expect(article.title).toBe('Germany and Norway sign deal for North Sea hydrogen pipeline');
  });

  it('is about Germany and Norway and links them', () => {
    expect(focusCountries(result)).toEqual(expect.arrayContaining(['DE', 'NO']));
    expect(pairs(result)).toContain('DE-NO');
  });

  it('finds the energy companies and the ministers', () => {
    const orgs = entityNames(result, 'organization').join(' | ');
    expect(orgs).toMatch(/Equinor/);
    expect(entity(result, 'person', 'Katrin Vogel')).toBeDefined();
    expect(mentionTexts(entity(result, 'person', 'Erik Solheim-Dahl'))).toContain('Solheim-Dahl');
  });

  it('is an energy and climate story: economy and environment lead the topics', () => {
    const top = topLevelTopics(result);
    expect([TOPIC.economy, TOPIC.environment]).toContain(top[0]);
    expect(top).toEqual(expect.arrayContaining([TOPIC.economy, TOPIC.environment]));
  });
});

describe('Fentanyl precursor seizure (JSON)', () => {
  const { article, result } = tagDemo('fentanyl-precursors.json');

  it('keeps the JSON id, dateline and metadata', () => {
    expect(result.id).toBe('demo-fentanyl-precursors');
    expect(article.dateline).toBe('MEXICO CITY');
    expect(article.url).toBe('https://wire.example/2026/08/19/mexico-fentanyl-precursors');
  });

  it('is about Mexico and the United States, with China involved, and links Mexico with the U.S.', () => {
    expect(focusCountries(result)).toEqual(expect.arrayContaining(['MX', 'US']));
    expect(result.countries.map((c) => c.code)).toContain('CN');
    expect(pairs(result)).toContain('MX-US');
  });

  it('finds the cartel and the Drug Enforcement Administration as organisations', () => {
    const orgs = entityNames(result, 'organization').join(' | ');
    expect(orgs).toMatch(/Sinaloa Cartel/i);
    expect(orgs).toMatch(/Drug Enforcement Administration/);
  });

  it('is a crime story (drug trafficking)', () => {
    expect(topLevelTopics(result)[0]).toBe(TOPIC.crime);
  });

  it('names the navy secretary (merging "Ortega") and the DEA administrator', () => {
    expect(mentionTexts(entity(result, 'person', 'Raúl Ortega Vidal'))).toContain('Ortega');
    expect(entity(result, 'person', 'Laura Whitfield')).toBeDefined();
  });
});

describe('JSON Lines batch items', () => {
  it('tags the Bank of Japan rate rise as a Japanese economy story', () => {
    const { result } = tagBatchItem('demo-boj-rate');
    expect(focusCountries(result)).toContain('JP');
    expect(entity(result, 'organization', 'Bank of Japan')).toBeDefined();
    expect(topLevelTopics(result)[0]).toBe(TOPIC.economy);
  });

  it('tags the Chile earthquake as a disaster in Chile', () => {
    const { result } = tagBatchItem('demo-chile-quake');
    expect(focusCountries(result)).toContain('CL');
    expect(topLevelTopics(result)[0]).toBe(TOPIC.disaster);
  });

  it('tags the measles warning as a health story from the WHO', () => {
    const { result } = tagBatchItem('demo-who-measles');
    expect(entityNames(result, 'organization').join(' | ')).toMatch(/World Health Organization/);
    expect(topLevelTopics(result)[0]).toBe(TOPIC.health);
  });
});
