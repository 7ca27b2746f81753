import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

describe('a name after the office of a place and "of"', () => {
  it('is a place ("governor of Moquegua")', () => {
    // Arrange
    const body = 'A Lima court jailed Martin Vizcarra for bribes taken while governor of Moquegua.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Moquegua/place');
  });

  it('leaves a body named after the office a body ("governor of the Bank of England")', () => {
    expect(typedNames('Andrew Bailey, governor of the Bank of England, spoke on Monday.')).toContain(
      'Bank of England/organization',
    );
  });

  it('leaves a body the lists know a body ("a deputy governor of Banxico")', () => {
    // Arrange: read35 p21, Mexico's central bank by its one-word name.
    const body =
      'Jonathan Heath, a deputy governor of Banxico, said on Monday inflation was easing. Omar Mejia, another deputy governor of Banxico, said the board would cut rates in December.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Banxico/organization');
    expect(found).not.toContain('Banxico/place');
  });
});

describe('a lower-case kind of body before one word', () => {
  it('makes the word the body ("the national coffee institute Icafe said")', () => {
    expect(typedNames('Exports fell 12%, the national coffee institute Icafe said on Tuesday.')).toContain(
      'Icafe/organization',
    );
  });

  it('is no cue written as part of a name ("Union Carbide said")', () => {
    expect(typedNames('Shares of Union Carbide rose after the company said profits grew.')).not.toContain(
      'Carbide/organization',
    );
  });
});

describe('a name the story takes up as a band or a firm', () => {
  it('is an organisation by a speaker’s tag closing its sentence ("…, the band said")', () => {
    // Arrange
    const title = 'Rolling Stones announce 2026 European stadium tour';
    const body =
      'The Rolling Stones will play 14 stadium dates across Europe next summer, the band said on Thursday.';

    // Act
    const found = tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);

    // Assert
    expect(found).toContain('Rolling Stones/organization');
    expect(found).not.toContain('Rolling Stones/other');
  });

  it('is an organisation by the next sentence’s subject ("The band blamed illness")', () => {
    expect(typedNames('Arctic Monkeys cancelled the show in Leeds. The band blamed illness.')).toContain(
      'Arctic Monkeys/organization',
    );
  });

  it('needs the name to be the verb’s subject ("Channel Tunnel operator Eurotunnel … The firm said")', () => {
    expect(
      typedNames('Channel Tunnel operator Eurotunnel has seen sales fall. The firm said sales were down 4%.'),
    ).not.toContain('Channel Tunnel/organization');
  });

  it('reads no product’s plural figures as its verb ("Galaxy Ring sales doubled …, the company said")', () => {
    // Arrange: read35 p10, the company is Samsung, named later in the sentence.
    const body =
      'Galaxy Ring sales doubled in the third quarter, the company said on Thursday, as Samsung pushed into wearables in India and the United States.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).not.toContain('Galaxy Ring/organization');
  });
});
