import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const CRIME = 'medtop:02000000';
const ELECTION = 'medtop:20000574';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('ministers on trial and local votes (topics20)', () => {
  it('files a former minister on trial for bribes as crime first, not as a crime policy', () => {
    const topics = topicsOf(
      'Former minister accused of taking bribes goes on trial',
      'A former transport minister accused of taking bribes from a construction company went on trial in ' +
        'Bucharest on Monday. Prosecutors say he accepted 2 million euros in exchange for road contracts while in ' +
        'government. The former minister, who resigned from the cabinet in 2022, denies the charges. If ' +
        'convicted he faces up to ten years in prison.',
    );

    expect(topics.find((t) => t.level === 1)?.id).toBe(CRIME);
  });

  it('files a party that sweeps local elections under elections first', () => {
    const topics = topicsOf(
      'GHANA: RULING PARTY SWEEPS DISTRICT AND LOCAL ELECTIONS .',
      "Ghana 's ruling party won control of most district assemblies in Tuesday 's local elections , the " +
        'electoral commission said on Wednesday . The opposition said the vote was marred by irregularities .',
    );

    expect(topics.find((t) => t.level > 1)?.id).toBe(ELECTION);
  });
});
