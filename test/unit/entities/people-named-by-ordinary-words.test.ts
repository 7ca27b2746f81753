import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 37, entities37): a given name and a surname that are both ordinary words.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('a name of two ordinary words', () => {
  it('is a person when "his" takes it up', () => {
    const body = 'Tiger Woods shot 67 in his first round since back surgery on Thursday.';

    expect(typeOf(body, 'Tiger Woods', 'Golf returns')).toBe('person');
  });

  it('is a person after an age', () => {
    const body = 'The 49-year-old Tiger Woods shot 67 on Thursday to lead the Genesis Invitational.';

    expect(typeOf(body, 'Tiger Woods', 'Golf returns')).toBe('person');
  });

  it("is a person before a relative clause that a person's pronoun runs through", () => {
    const body = 'Tiger Woods, who made the cut in his first event since surgery, shot 70 on Friday.';

    expect(typeOf(body, 'Tiger Woods', 'Golf returns')).toBe('person');
  });

  it('stays unread after a determiner or a year, where "he" is about someone else', () => {
    const body =
      'The writer was jailed in the 1966-76 Cultural Revolution -- nobody would say when he would be released.';

    expect(typeOf(body, 'Cultural Revolution', 'China jails writer')).not.toBe('person');
  });
});
