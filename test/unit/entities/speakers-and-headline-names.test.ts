import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const entitiesOf = (title: string, body: string) => tagArticle({ title, body }).entities;
const idsOf = (title: string, body: string) => entitiesOf(title, body).map((e) => e.id);

describe("a transcript's speaker label", () => {
  it('in capitals is the person named in full, not an acronym', () => {
    const entities = entitiesOf(
      'Senate hearing',
      'SAM ALTMAN: Thank you, senator.\nTED CRUZ: Will you build in Texas?\nALTMAN: Yes, we will build in Texas.',
    );

    expect(entities.find((e) => e.id === 'person:sam-altman')?.mentions.map((m) => m.text)).toEqual([
      'SAM ALTMAN',
      'ALTMAN',
    ]);
    expect(entities.map((e) => e.id)).not.toContain('organization:altman');
  });

  it('naming a role is no person', () => {
    const ids = idsOf(
      'Podcast',
      '[00:00:20] GUEST: Thanks. The siege of El Fasher has ended.\n[00:00:31] HOST: What happens now in Darfur?\nYour Honor, the defence rests.',
    );

    expect(ids).not.toContain('person:guest');
    expect(ids).not.toContain('person:honor');
  });

  it('giving a name and an office gives the name only', () => {
    const ids = idsOf(
      'Earnings call',
      'Paul Jacobson, Chief Financial Officer: Revenue rose 5% in the quarter on strong truck sales.',
    );

    expect(ids).toContain('person:paul-jacobson');
    expect(ids).not.toContain('person:financial-officer');
  });
});

describe("a headline's surname without the body's accents", () => {
  it('joins the person the body names in full', () => {
    const ids = idsOf(
      'Sanchez wins Spanish confidence vote',
      'MADRID - Prime Minister Pedro Sánchez won a confidence vote in parliament on Wednesday. Sánchez thanked his allies.',
    );

    expect(ids).toContain('person:pedro-sanchez');
    expect(ids).not.toContain('person:sanchez');
  });

  it('joins the person even where the headline alone read it as a firm', () => {
    const entities = entitiesOf(
      "Norway's Klaebo wins record sixth gold",
      'Johannes Høsflot Klæbo won the 50km classic on Sunday. Klæbo now has six gold medals at these Games.',
    );

    const klaebo = entities.find((e) => e.id === 'person:johannes-hosflot-klaebo');

    expect(klaebo?.mentions.map((m) => m.text)).toContain('Klaebo');
    expect(entities.map((e) => e.id)).not.toContain('organization:klaebo');
  });
});
