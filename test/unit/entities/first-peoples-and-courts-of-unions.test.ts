import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 37, entities37): first peoples' adjectives, bodies named through a second "of the".
const names = (body: string, title: string) => entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

describe("a first people's adjective", () => {
  it('names no body or person', () => {
    const body =
      'Hugo Aguilar Ortiz, an Indigenous lawyer from Oaxaca, wrote the opinion. An Aboriginal elder opened the ' +
      'session in Canberra.';

    const found = names(body, 'Court rules on reform');

    expect(found.filter((n) => n.startsWith('Indigenous/') || n.startsWith('Aboriginal/'))).toEqual([]);
  });
});

describe('a body named through a second "of the"', () => {
  it('runs on to a domain the lists know', () => {
    const body =
      'The Court of Justice of the European Union ruled on Tuesday that the transfer was unlawful. The Ministry ' +
      'of Defence of the Russian Federation said its forces had taken a village.';

    const found = names(body, 'EU court rules on data transfers');

    expect(found).toContain('Court of Justice of the European Union/organization');
    expect(found).toContain('Ministry of Defence of the Russian Federation/organization');
  });
});
