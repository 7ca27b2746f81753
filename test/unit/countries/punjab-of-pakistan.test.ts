import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const mentionsOf = (code: string, title: string, body: string) =>
  tagArticle({ title, body })
    .countries.find((c) => c.code === code)
    ?.mentions.map((m) => m.text) ?? [];

describe('Punjab in a story placed in Pakistan that names India too', () => {
  it('reads "Punjab" as Pakistan\'s under a Pakistani dateline', () => {
    const title = 'Floods in Punjab displace thousands';
    const body =
      'LAHORE, Pakistan - Floods along the Ravi river forced thousands from their homes in Punjab on Thursday. ' +
      'Pakistan said India had warned it before releasing water from dams upstream.';

    expect(mentionsOf('IN', title, body)).toEqual(['India']);
  });

  it('reads it as India\'s where the story says "India\'s Punjab"', () => {
    const title = 'Farmers protest in Punjab';
    const body =
      "ISLAMABAD - Pakistan's foreign office said farmers in India's Punjab had blocked roads to the border " +
      'crossing on Monday. Punjab police cleared the roads later.';

    expect(mentionsOf('IN', title, body)).toContain('Punjab');
  });
});
