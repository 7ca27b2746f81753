import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 37, entities37): firms named with their legal form first ("PT", "PJSC").
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('a legal form written before the name', () => {
  it('makes an Indonesian "PT" firm an organisation', () => {
    const body =
      'PT Freeport Indonesia said copper output fell after the mud rush, and PT Bank Central Asia cut rates.';

    expect(typeOf(body, 'PT Freeport Indonesia', 'Freeport output falls')).toBe('organization');
    expect(typeOf(body, 'PT Bank Central Asia', 'Freeport output falls')).toBe('organization');
  });

  it('makes a Russian joint-stock company an organisation', () => {
    const body = 'PJSC Gazprom Neft said on Monday that its refinery in Omsk had resumed work.';

    expect(typeOf(body, 'PJSC Gazprom Neft', 'Refinery resumes work')).toBe('organization');
  });

  it('leaves initials before a surname the lists know a person', () => {
    const body = 'The showman PT Barnum opened his museum in New York in 1841.';

    expect(typeOf(body, 'PT Barnum', 'A showman remembered')).toBe('person');
  });
});
