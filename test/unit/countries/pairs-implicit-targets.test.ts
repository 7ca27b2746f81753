import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

const GEORGIA_LEAD =
  'TBILISI (Reuters) - Georgia\u2019s top court on Friday banned two opposition parties at the request of the ruling ' +
  'Georgian Unity party. Opposition leaders said it ended multi-party politics in Georgia. Police dispersed ' +
  'protesters outside parliament in Georgia on Saturday. ';

describe('countries acting on an unnamed target of the one country a story is about', () => {
  it("links co-actors who sanction a party founder to the story's country, not to each other", () => {
    const pairs = pairsOf(
      'Georgian court bans opposition parties',
      `${GEORGIA_LEAD}The United States and Britain imposed sanctions on Georgian Unity founder Levan Beridze last year.`,
    );

    expect(pairs).toContain('GE-US');
    expect(pairs).toContain('GB-GE');
    expect(pairs).not.toContain('GB-US');
  });

  it("links a single country that blacklists a minister to the story's country", () => {
    const pairs = pairsOf(
      'Georgian court bans opposition parties',
      `${GEORGIA_LEAD}Canada blacklisted Interior Minister Giorgi Tsereteli in March.`,
    );

    expect(pairs).toContain('CA-GE');
  });

  it('reads no implicit target when the clause names another country', () => {
    const pairs = pairsOf(
      'Georgian court bans opposition parties',
      `${GEORGIA_LEAD}The United States and Britain imposed sanctions on Russian banker Oleg Markov last year.`,
    );

    expect(pairs).not.toContain('GE-US');
    expect(pairs).not.toContain('GB-GE');
  });

  it("reads no implicit target when countries charge a global firm's founder", () => {
    const pairs = pairsOf(
      'Chile orders messaging app blocked',
      'SANTIAGO (Reuters) - Chile\u2019s top court on Friday ordered the Signalo messaging app blocked in Chile. ' +
        'The app had ignored court orders in Chile for months. Regulators in Chile said it had 9 million users. ' +
        'Italy charged Signalo founder Marco Ferri last year with fraud.',
    );

    expect(pairs).not.toContain('CL-IT');
  });

  it('reads no implicit target when countries bar global platforms', () => {
    const pairs = pairsOf(
      'New Zealand bans social media for under-16s',
      'WELLINGTON (Reuters) - New Zealand\u2019s ban on social media for children under 16 took effect on ' +
        'Monday, forcing platforms to remove about 300,000 accounts.\n\nThe minister said the ban would protect ' +
        'children. Norway and Greece barred SnapTube and InstaVid from signing up children earlier this year.' +
        '\n\nNew Zealanders who break the rules face no penalty; platforms face fines of up to NZ$30 million.',
    );

    expect(pairs).not.toContain('NO-NZ');
    expect(pairs).not.toContain('GR-NZ');
  });

  it("keeps the implicit target when the country's ministry is acted on", () => {
    const pairs = pairsOf(
      'Georgian court bans opposition parties',
      `${GEORGIA_LEAD}Canada blacklisted the Interior Ministry special forces unit in March.`,
    );

    expect(pairs).toContain('CA-GE');
  });
});
