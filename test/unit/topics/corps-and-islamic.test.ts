import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ECONOMY = 'medtop:04000000';
const RELIGION = 'medtop:12000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('the names of armed groups', () => {
  it('reads a "Corps" as a military corps, not a corporation', () => {
    const topics = topicsOf(
      'Marine Corps sends troops to the border',
      'The US Marine Corps deployed 300 troops to the southern border on Wednesday to support border ' +
        'agents, a military spokesman said.',
    );

    expect(topics).not.toContain(ECONOMY);
  });

  it('reads "Islamic" inside the name of an armed group as no religion story', () => {
    const topics = topicsOf(
      'Islamic Jihad hands over hostage remains',
      'The armed group Palestinian Islamic Jihad handed over the remains of a hostage to the Red Cross in ' +
        'Gaza on Monday, the group said.',
    );

    expect(topics).not.toContain(RELIGION);
  });
});
