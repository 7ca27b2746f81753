import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Web fixture and result lists with no desk slug (session 55, fixE55; wild54 Z4). Lists are invented.
const typeOf = (body: string, text: string, title = '') =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('clubs in fixture and result lists without a sports slug', () => {
  it('reads both sides of a fixture list as clubs', () => {
    const body = 'Fixtures for Saturday: Arsenal v Everton, Leeds v Fulham, Burnley v Brentford.';

    for (const club of ['Arsenal', 'Everton', 'Leeds', 'Fulham', 'Burnley', 'Brentford'])
      expect(typeOf(body, club, 'Fixtures')).toBe('organization');
  });

  it('reads the sides of a results line with dashed scores as clubs', () => {
    const body = 'Results: Leeds 2-1 Fulham, Burnley 1-1 Brentford, Luton 0-3 Bournemouth.';

    for (const club of ['Leeds', 'Fulham', 'Luton', 'Bournemouth'])
      expect(typeOf(body, club, 'Latest')).toBe('organization');
  });

  it('reads rows of "<side> <goals> <side> <goals>" as clubs', () => {
    const body = 'Leeds 2 Fulham 1\nBurnley 1 Brentford 1\nBournemouth 0 Luton 3';

    expect(typeOf(body, 'Burnley', 'Scores')).toBe('organization');
    expect(typeOf(body, 'Luton', 'Scores')).toBe('organization');
  });

  it('keeps court cases named with "v" beside a legal word out of sport', () => {
    const body = 'Judges referred to Smith v Jones and Brown v Green, two earlier cases.';

    expect(typeOf(body, 'Smith', 'Ruling')).not.toBe('organization');
    expect(typeOf(body, 'Green', 'Ruling')).not.toBe('organization');
  });

  it('reads head-to-head polls of people as no fixtures', () => {
    const body =
      'Head-to-head polls: Trump v Harris, Vance v Walz. Trump leads in Michigan and Pennsylvania, Harris in Georgia.';

    expect(typeOf(body, 'Pennsylvania', 'Polls')).toBe('place');
  });

  it('reads numbered parts of a text in prose as no results', () => {
    const body = 'Owners must read Chapter 2 Section 3, and Article 5 Paragraph 2, of the lease.';

    expect(typeOf(body, 'Section', 'Tenancy')).not.toBe('organization');
  });
});
