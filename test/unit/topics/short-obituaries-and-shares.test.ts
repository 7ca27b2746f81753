import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const HEALTH = 'medtop:07000000';
const HUMAN_INTEREST = 'medtop:08000000';
const POLITICS = 'medtop:11000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a short obituary of a politician is no health story (review31 ★7)', () => {
  it('reads "dies in London aged 82" as an obituary and the hospital as where the life ended', () => {
    const title = 'Former Ghanaian president Kofi Mensah dies in London aged 82';
    const body =
      'ACCRA (Reuters) - Kofi Mensah, who led Ghana in the 1990s, died in a London hospital on Sunday aged ' +
      '82, his spokesman said.';

    const topics = topicsOf(title, body);

    expect(firstTopLevel(topics)).toBe(POLITICS);
    expect(ids(topics)).toContain(HUMAN_INTEREST);
    expect(ids(topics)).not.toContain(HEALTH);
  });

  it('reads "has died, aged 79" and a death after a long illness the same way', () => {
    const title = 'Former Malawian vice president Peter Banda has died, aged 79';
    const body =
      'LILONGWE (Reuters) - Peter Banda, who served as Malawi’s vice president in the 2000s, died in ' +
      'hospital after a long illness on Sunday, his family said.';

    const topics = topicsOf(title, body);

    expect(firstTopLevel(topics)).toBe(POLITICS);
    expect(ids(topics)).not.toContain(HEALTH);
  });

  it('files a brief whose only other words were the hospital under human interest', () => {
    const title = 'Ex-Slovak president Jan Horvath dead at 84';
    const body = 'BRATISLAVA (Reuters) - Jan Horvath died in hospital on Friday, his office said.';

    expect(firstTopLevel(topicsOf(title, body))).toBe(HUMAN_INTEREST);
  });

  it('keeps the hospital a health word in a story that is no obituary', () => {
    const title = 'Hospital waiting lists hit record as winter flu cases rise';
    const body =
      'Hospital waiting lists reached a record 7.8 million in October, as flu cases rose and hospitals ' +
      'cancelled operations, health officials said.';

    expect(firstTopLevel(topicsOf(title, body))).toBe(HEALTH);
  });
});

describe('"accounts for" a share is no accounting (review30 T2)', () => {
  it('files a volcanic eruption near a spa town as a disaster before tourism’s share of exports', () => {
    const title = 'Spa closes again as fissure opens near fishing town';
    const body =
      'A volcanic fissure about 2 kilometres long opened north of a fishing town on the Reykjanes peninsula ' +
      'early on Wednesday, forcing the evacuation of a spa and about 50 homes. It is the ninth eruption ' +
      'on the peninsula since 2023. Lava flowed toward walls built to protect a geothermal power plant. ' +
      'Tourism, which accounts for about a third of the country’s export earnings, has suffered as visitors ' +
      'avoid the area.';

    const topics = topicsOf(title, body);

    expect(firstTopLevel(topics)).toBe(DISASTER);
    expect(evidenceOf(topics, ECONOMY)).not.toContain('accounts');
  });
});
