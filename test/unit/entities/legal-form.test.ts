import { describe, expect, it } from 'vitest';
import { withoutLegalForm } from '../../../functions/core/entities/legal-form.js';
import { entitiesOf } from './entities-of.js';

describe("a company's legal form in its id", () => {
  it('gives "Apple Inc" in one article and "Apple" in another the same id, keeping the written name', () => {
    const wire = entitiesOf('Apple Inc said on Tuesday its sales rose.').find((e) => e.name === 'Apple Inc');
    const paper = entitiesOf('Apple said on Tuesday its sales rose.').find((e) => e.name === 'Apple');

    expect(wire?.id).toBe('organization:apple');
    expect(paper?.id).toBe('organization:apple');
  });

  it('drops every legal-form word at the end of the name, and the "&" before them', () => {
    expect(withoutLegalForm('Samsung Electronics Co Ltd')).toBe('Samsung Electronics');
    expect(withoutLegalForm('JPMorgan Chase & Co.')).toBe('JPMorgan Chase');
    expect(withoutLegalForm('Volkswagen AG')).toBe('Volkswagen');
  });

  it('keeps names whose last word is no legal form, a legal-form word that is the whole name, and one that follows an ordinary word', () => {
    expect(withoutLegalForm('Procter & Gamble')).toBe('Procter & Gamble');
    expect(withoutLegalForm('Johnson & Johnson')).toBe('Johnson & Johnson');
    expect(withoutLegalForm('AG')).toBe('AG');
    expect(withoutLegalForm('News Corp')).toBe('News Corp');
  });

  it('drops the legal forms of South Africa, India and Indonesia, bracketed or before the name (wild59)', () => {
    expect(withoutLegalForm('Shoprite Holdings (Pty) Ltd')).toBe('Shoprite Holdings');
    expect(withoutLegalForm('Eskom Holdings SOC Ltd')).toBe('Eskom Holdings');
    expect(withoutLegalForm('Tata Motors Pvt Ltd')).toBe('Tata Motors');
    expect(withoutLegalForm('PT Bank Mandiri (Persero) Tbk')).toBe('Bank Mandiri');
  });

  it("reads a bracketed legal form and the one after it as the end of one firm's name", () => {
    // Act
    const found = entitiesOf('Shoprite Holdings (Pty) Ltd said on Monday its sales rose 8 percent.');

    // Assert
    expect(found.map((e) => `${e.id} ${e.name}`)).toEqual([
      'organization:shoprite Shoprite Holdings (Pty) Ltd',
    ]);
  });
});
