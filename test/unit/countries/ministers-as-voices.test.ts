import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });
const codes = (title: string, body: string) =>
  tag(title, body)
    .countries.map((c) => c.code)
    .sort();

describe('ministers, deputies and heads of government the news names speak for their country', () => {
  it('reads Britain from its chancellor and home secretary in a budget story naming no country', () => {
    expect(
      codes(
        'Budget',
        'Chancellor Rachel Reeves said income tax thresholds would stay frozen. Shabana Mahmood promised more police.',
      ),
    ).toEqual(['GB']);
  });

  it('reads China, in focus, when Wang Yi calls his Indian counterpart', () => {
    const result = tag(
      'Border call',
      'Foreign Minister Wang Yi spoke by phone with his Indian counterpart on Monday.',
    );
    expect(result.countries.map((c) => c.code).sort()).toEqual(['CN', 'IN']);
    expect(result.countries.find((c) => c.code === 'CN')?.focus).toBe(true);
  });

  it('reads the Gulf states from their rulers written with "bin": Mohammed bin Salman, Mohamed bin Zayed', () => {
    expect(codes('Talks', 'Mohammed bin Salman received Mohamed bin Zayed in Riyadh on Sunday.')).toEqual([
      'AE',
      'SA',
    ]);
  });

  it('reads a country from the heads of government of the regional press: Marcos Jr., Sharif, Museveni', () => {
    expect(
      codes('Probe', 'President Ferdinand Marcos Jr. vowed to jail those behind the flood-control scam.'),
    ).toEqual(['PH']);
    expect(codes('Cabinet', 'Prime Minister Shehbaz Sharif chaired a cabinet meeting on Tuesday.')).toEqual([
      'PK',
    ]);
    expect(codes('Election', 'Museveni said on Monday that the vote would go ahead.')).toEqual(['UG']);
  });

  it('does not read China from a researcher whose name is a minister’s turned round: "Yi Wang"', () => {
    expect(
      codes('Study', 'The study, led by Yi Wang and Maria Lopez, found microplastics in river fish.'),
    ).toEqual([]);
  });
});
