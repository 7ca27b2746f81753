import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;
const names = (body: string) => entitiesOf(body).map((e) => e.name);

describe('a portfolio between a nationality and a minister’s title (review20 ★3)', () => {
  it('is the title’s, no body of its own', () => {
    const body =
      'Saudi Arabian Oil Minister Hisham Nazer said output would rise. UAE Oil Minister Mana Said al-Oteiba agreed, and Malaysian Primary Industries Minister Lim Keng Yaik said palm oil exports rose.';

    const found = names(body);

    expect(found).not.toContain('Saudi Arabian Oil');
    expect(found).not.toContain('UAE Oil');
    expect(found).not.toContain('Malaysian Primary Industries');
    expect(typeOf(body, 'Hisham Nazer')).toBe('person');
    expect(typeOf(body, 'Lim Keng Yaik')).toBe('person');
  });

  it('leaves a firm named with the word before an officer’s title', () => {
    const body = 'Shell Oil Chairman John Bookout said the company would cut spending.';

    expect(typeOf(body, 'Shell Oil')).toBe('organization');
  });
});

describe('a town listed after a located place (review20 ★5)', () => {
  it('reads a town listed after a located place as a place, whatever verb follows', () => {
    const body = 'Officials in Tokyo and London said they met on Tuesday .';

    expect(typeOf(body, 'London')).toBe('place');
  });
});
