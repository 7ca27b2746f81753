import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const LABOUR_STRIKE = 'medtop:20000530';
const CYBER_CRIME = 'medtop:20000086';
const ESPIONAGE = 'medtop:20000605';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('topics29: a public-sector walkout in the headline is labour news first', () => {
  it("files a doctors' strike the health secretary answers under labour, with health and politics beside it", () => {
    const topics = topicsOf(
      'Resident doctors begin five-day strike over pay',
      'Resident doctors in England walked out on Friday at 7am in a five-day strike over pay, the latest in a long-running dispute with the government. The health secretary, Wes Carrow, told MPs the strike was "unnecessary" and urged the union to return to talks. Hospitals said consultants would cover emergency care, and NHS England warned that thousands of operations would be postponed.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
    expect(ids(topics)).toEqual(
      expect.arrayContaining([LABOUR_STRIKE, TOP_LEVEL.health, TOP_LEVEL.politics]),
    );
  });

  it('reads a court that strikes down tariffs as no strike', () => {
    const topics = topicsOf(
      "Supreme Court strikes down the president's tariffs",
      'The Supreme Court ruled on Friday that the tariffs were illegal and that only Congress may impose such taxes.',
    );

    expect(ids(topics)).not.toContain(TOP_LEVEL.labour);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it('leaves a strike ballot over a government pension plan with politics', () => {
    const topics = topicsOf(
      'Civil servants to vote on strike over pension age',
      "The biggest civil service union will ballot its 250,000 members on a strike in protest at the government's plans to raise their pension age to 67. The minister for the cabinet office told MPs the plans were fair and that the cabinet would not change them.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });
});

describe('topics29: a cyberattack in the headline is crime first', () => {
  it('files a ransomware attack that halted a carmaker as cyber crime before the car business', () => {
    const topics = topicsOf(
      'Carmaker halts production after ransomware attack',
      'Halden Motors has halted production at its plants after a ransomware attack crippled its computer systems, the carmaker said on Tuesday. A criminal hacking group demanded a ransom in bitcoin. Dealers were unable to register new cars, and shares in the company fell 3%.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.crime);
    expect(ids(topics)).toContain(CYBER_CRIME);
    expect(evidenceOf(topics, CYBER_CRIME)).toContain('ransomware');
    expect(ids(topics)).toContain(TOP_LEVEL.economy);
  });

  it('reads state hackers who broke into telecom networks as cyber crime and cyber espionage', () => {
    const topics = topicsOf(
      'State hackers breached telecom networks, agency says',
      'Hackers linked to a foreign intelligence service broke into the networks of several telecom companies and may have intercepted calls of senior officials, the national cyber security agency said. It called the campaign one of the most serious cyber-espionage operations it had seen.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.crime);
    expect(ids(topics)).toContain(CYBER_CRIME);
    expect(ids(topics)).toContain(ESPIONAGE);
  });

  it('leaves a security firm that launches a ransomware shield with technology', () => {
    const topics = topicsOf(
      'Security firm launches ransomware shield for small businesses',
      'The software company unveiled a cloud service on Monday that it says detects ransomware before it spreads across a network. The subscription costs $20 a month per computer.',
    );

    expect(firstTopLevel(topics)).not.toBe(TOP_LEVEL.crime);
  });
});
