import { describe, expect, it } from 'vitest';
import { isBriefing } from '../../../functions/core/countries/digest.js';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a digest of items each labelled by a country', () => {
  it('puts every labelled item’s country in focus and pairs none across items', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'The world in brief',
      language: 'en',
      body:
        'Kenya: Parliament passed a finance bill on Tuesday after weeks of protests over new taxes.\n\n' +
        'Brazil: The central bank raised its benchmark rate by half a point, citing food prices.\n\n' +
        'Norway: The government said it would sell part of its stake in the state oil company.',
    });

    expect(focus).toEqual(['BR', 'KE', 'NO']);
    expect(pairs).toEqual([]);
  });

  it('reads items whose labels a dash sets off, as bold labels on a web page read', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Five things to know',
      language: 'en',
      body:
        'Kenya — Parliament passed a finance bill on Tuesday after weeks of protests over new taxes.\n\n' +
        'Brazil — The central bank raised its benchmark rate by half a point, citing food prices.\n\n' +
        'Norway — The government said it would sell part of its stake in the state oil company.',
    });

    expect(focus).toEqual(['BR', 'KE', 'NO']);
    expect(pairs).toEqual([]);
  });

  it('reads no digest in a team line-up', () => {
    const { focus } = focusAndPairs({
      title: 'Teams for Saturday',
      language: 'en',
      body:
        'Italy beat Scotland 20-14 in Rome on Saturday.\n\nItaly: Capuozzo, Ioane, Brex, Menoncello, Lynagh.\n\n' +
        'Scotland: Kinghorn, Steyn, Jones, Tuipulotu, Russell.',
    });

    expect(focus).toEqual(['GB', 'IT']);
  });
});

describe('a briefing of unlabelled items (wild38b ★3)', () => {
  it('pairs only what one item links', () => {
    const { pairs } = focusAndPairs({
      title: 'World briefing',
      language: 'en',
      body:
        "A 6.2-magnitude earthquake struck off the coast of Chile on Wednesday, the country's disaster agency said. " +
        'No damage was reported.\n' +
        "Argentina's central bank sold $400 million to defend the peso, traders said.\n" +
        'Japan and South Korea agreed to resume shuttle diplomacy at a meeting in Tokyo.\n' +
        'In Sweden, police arrested two teenagers over a shooting in Uppsala.\n' +
        'Ethiopia said it had completed the Grand Ethiopian Renaissance Dam on the Blue Nile.',
    });

    expect(pairs).toEqual(['JP-KR']);
  });

  it('drops the links across items where two items name the same countries', () => {
    const { pairs } = focusAndPairs({
      title: 'World briefing',
      language: 'en',
      body:
        'A 6.2-magnitude earthquake struck off the coast of Chile on Wednesday.\n' +
        "Argentina's central bank sold $400 million to defend the peso, traders said.\n" +
        'Japan and South Korea agreed to resume shuttle diplomacy at a meeting in Tokyo.\n' +
        'In Sweden, police arrested two teenagers over a shooting in Uppsala.\n' +
        'Ethiopia said it had completed the Grand Ethiopian Renaissance Dam on the Blue Nile.\n' +
        'Argentina sent rescue teams to Chile after the quake.',
    });

    expect(pairs.sort()).toEqual(['AR-CL', 'JP-KR']);
  });

  it('reads no briefing where every paragraph comes back to the same countries', () => {
    // Four paragraphs (0-3), the United States named in 0 and 2, Iran in 1 and 3: one story told in turn.
    const at = (code: string, start: number) => ({
      code,
      mentions: [{ field: 'body' as const, start, end: start + 4 }],
    });
    const countries = [
      { code: 'US', mentions: [...at('US', 0).mentions, ...at('US', 200).mentions] },
      { code: 'IR', mentions: [...at('IR', 100).mentions, ...at('IR', 300).mentions] },
    ];
    const paragraphOf = (start: number) => Math.floor(start / 100);

    expect(isBriefing('Morning press briefing', countries, paragraphOf, 0)).toBe(false);
    expect(
      isBriefing(
        'Morning press briefing',
        [...countries, at('CL', 120), at('SE', 220), at('ET', 320)],
        paragraphOf,
        0,
      ),
    ).toBe(false);
    expect(isBriefing('World briefing', [at('CL', 0), at('AR', 100), at('SE', 200)], paragraphOf, 0)).toBe(
      true,
    );
    expect(isBriefing('Chile quake', [at('CL', 0), at('AR', 100), at('SE', 200)], paragraphOf, 0)).toBe(
      false,
    );
  });
});
