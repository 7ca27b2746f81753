import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, topicIds } from './topic-ids.js';

describe('wild37 ★6: where a story happened names no desk', () => {
  it('gives a clash at sea no business from its fishermen, fuel and routes', () => {
    const { topics } = tagArticle({
      title: 'Coast guard fires water cannon at fishing boat',
      body: 'Coast guard ships fired water cannon at a fishing boat near a disputed reef on Monday. The boat was carrying fuel for fishermen in the area, and the routes they use were blocked.',
    });

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(topics.map((t) => t.id)).not.toContain(TOP_LEVEL.economy);
  });

  it("gives a gang's killings in a port no shipping business", () => {
    const ids = topicIds(
      'Gunmen kill eight at bar in port city',
      'Gunmen killed eight people at a bar in the port city on Saturday, police said. Officials blamed gangs that use the port to ship cocaine to Europe.',
    );

    expect(ids).not.toContain(TOP_LEVEL.economy);
  });

  it("reads no Congress in a street's name, in full or alone", () => {
    const { topics } = tagArticle({
      title: 'Man arrested after standoff on South Congress',
      body: 'A man was arrested after a five-hour standoff with police on South Congress Avenue on Tuesday. A shop on Congress Street was closed.',
    });

    expect(topics.map((t) => t.id)).not.toContain(TOP_LEVEL.politics);
  });

  it('keeps a street the lexicon holds whole (Downing Street)', () => {
    const { topics } = tagArticle({
      title: 'Campaigners gather outside Downing Street',
      body: 'Campaigners gathered outside Downing Street on Saturday.',
    });

    expect(evidenceOf(topics, TOP_LEVEL.politics)).toContain('Downing Street');
  });
});
