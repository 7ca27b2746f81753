import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const CONFLICT = 'medtop:16000000';
const LABOUR = 'medtop:09000000';
const LABOUR_STRIKE = 'medtop:20000530';
const DISASTER = 'medtop:03000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('strikes that kill are war, strikes of workers are labour', () => {
  it('files strikes that killed or wounded people as armed conflict, not a walkout', () => {
    const raid = topicsOf(
      'Overnight strikes kill 18',
      'Strikes on the northern district killed at least 18 people overnight, including four children, ' +
        'the local health ministry said.',
    );
    const city = topicsOf(
      '',
      'Heavy strikes hit the port city overnight, wounding 12 people and destroying several homes.',
    );

    for (const topics of [raid, city]) {
      expect(topics[0]).toBe(CONFLICT);
      expect(topics).not.toContain(LABOUR_STRIKE);
      expect(topics).not.toContain(LABOUR);
    }
  });

  it('files forces that struck a vessel as armed conflict', () => {
    const topics = topicsOf(
      'Navy strikes another vessel',
      'Naval forces struck another vessel in international waters on Tuesday, killing three people on board, ' +
        'the defence minister said.',
    );

    expect(topics).toContain(CONFLICT);
    expect(topics).not.toContain(LABOUR_STRIKE);
  });

  it('keeps workers on strike as labour, even when a strike is said to hit services', () => {
    const topics = topicsOf(
      'Rail strike hits commuters',
      'A 24-hour rail strike hit commuters across the country on Thursday as train drivers walked out in a ' +
        'dispute over pay, their union said.',
    );

    expect(topics[0]).toBe(LABOUR);
    expect(topics).not.toContain(CONFLICT);
  });

  it('does not read a lightning strike or a quake that struck as war', () => {
    const lightning = topicsOf(
      '',
      'A lightning strike killed two hikers on the mountain ridge on Sunday, rescuers said.',
    );
    const quake = topicsOf(
      'Quake kills hundreds',
      'A powerful earthquake struck the mountain province late on Sunday, killing at least 800 people, officials said.',
    );

    expect(lightning).not.toContain(CONFLICT);
    expect(quake[0]).toBe(DISASTER);
    expect(quake).not.toContain(CONFLICT);
  });
});
