import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ARMED_CONFLICT = 'medtop:20000056';
const COMMODITY_MARKET = 'medtop:20000386';
const ELECTION = 'medtop:20000574';
const DIPLOMACY = 'medtop:20000639';
const DRUG_TRAFFICKING = 'medtop:20000096';
const GOVERNMENT_POLICY = 'medtop:20000621';

const tag = (title: string, body: string) => tagArticle({ title, body }).topics;
const firstSubtopic = (title: string, body: string) => tag(title, body).find((t) => t.level > 1)?.id;

describe('the subtopics a news desk files most', () => {
  it('files a night of drone and missile attacks that air defences shot down as armed conflict', () => {
    const ids = tag(
      'Drones and missiles hit Odesa overnight',
      'Russia fired 250 drones and 12 missiles at southern Ukraine overnight, damaging the port of Odesa, ' +
        'officials said. Air defences shot down most of them.',
    ).map((t) => t.id);

    expect(ids).toContain(ARMED_CONFLICT);
  });

  it('reads a government that "lodged a protest" with another as diplomacy', () => {
    const ids = tag(
      'Seoul lodges protest over Tokyo island claim',
      "South Korea lodged a protest with Japan on Tuesday over a defence paper repeating Tokyo's claim " +
        'to the islands.',
    ).map((t) => t.id);

    expect(ids).toContain(DIPLOMACY);
  });

  it('files a mayoral race as an election first', () => {
    expect(
      firstSubtopic(
        'Incumbent concedes Chicago mayoral race',
        'The incumbent conceded the Chicago mayoral race on Tuesday night after the challenger, a former ' +
          'teacher and county commissioner, took 56% of the vote. Turnout was 38%. The new mayor takes office ' +
          'in May and the governor congratulated her.',
      ),
    ).toBe(ELECTION);
  });

  it('reads a price per ounce as a commodity market', () => {
    const ids = tag(
      'Silver tops $50 for first time',
      'Silver rose above $50 an ounce for the first time on Friday as investors bought precious metals ' +
        'ahead of expected interest rate cuts.',
    ).map((t) => t.id);

    expect(ids).toContain(COMMODITY_MARKET);
  });

  it("files a navy's cocaine seizure as drug trafficking, not government policy", () => {
    const ids = tag(
      'Navy seizes two tonnes of cocaine off Pacific coast',
      'The Colombian navy seized two tonnes of cocaine from a speedboat in the Pacific and arrested three ' +
        'men, the navy said. The drug cartel that owned the boat smuggles cocaine to Central America.',
    ).map((t) => t.id);

    expect(ids).toContain(DRUG_TRAFFICKING);
    expect(ids).not.toContain(GOVERNMENT_POLICY);
  });
});
