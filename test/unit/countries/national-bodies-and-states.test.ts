import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focus = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

describe('national bodies and Nigerian states give their country', () => {
  it('reads a country from a national body no other country names so (FBI, Ofcom, RBA, EFCC)', () => {
    expect(
      focus('Plot foiled', 'The FBI arrested three men on Thursday over a plot to bomb a bridge.'),
    ).toEqual(['US']);
    expect(
      focus('Channel fined', 'Ofcom fined the channel £150,000 on Monday over a phone-in show.'),
    ).toEqual(['GB']);
    expect(focus('Rates held', 'The RBA kept its cash rate on hold on Tuesday, as expected.')).toEqual([
      'AU',
    ]);
    expect(focus('Ex-minister held', 'The EFCC detained a former aviation minister on Friday.')).toEqual([
      'NG',
    ]);
  });

  it('reads Nigeria from a state named with "State" or by a name only Nigeria has', () => {
    expect(
      focus(
        'Pupils kidnapped',
        'Gunmen seized 20 pupils from a school in Kwara State early on Sunday, police said.',
      ),
    ).toEqual(['NG']);
    expect(focus('Floods hit north', 'Floods cut roads in Jigawa and Kebbi after a week of rain.')).toEqual([
      'NG',
    ]);
  });

  it('leaves the country Niger to "Niger" and Tokyo its own police', () => {
    expect(focus('Junta names cabinet', 'The junta in Niger named a new cabinet on Monday.')).toEqual(['NE']);
    expect(
      focus('Suspect held', 'Tokyo Metropolitan Police arrested a man on Monday over a string of thefts.'),
    ).toEqual(['JP']);
  });
});
