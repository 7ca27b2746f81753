import { describe, expect, it } from 'vitest';
import { detectDateline } from '../../../functions/core/text/dateline.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

// Invented copy in other languages (session 58, focus58; wild58 found the shapes).
describe("a byline in the story's own language", () => {
  it.each([
    ['Por Lucía Ferrer', 'es'],
    ['Par Claire Dubois', 'fr'],
    ['Von Jonas Weber', 'de'],
  ])('is passed over to the dateline under it: %s', (byline, language) => {
    // Arrange
    const body = `${byline}\nVALPARAÍSO, Chile — Los pescadores bloquearon el puerto el martes.`;

    // Act
    const doc = prepareDocument({ title: 'Puerto', body, language });

    // Assert
    expect(doc.dateline?.place).toBe('VALPARAÍSO, Chile');
  });
});

describe("a live page's label before a dash", () => {
  it.each(['EN DIRECT', 'EN VIVO', 'AO VIVO', 'LIVE', 'BREAKING'])('is no dateline: %s', (label) => {
    expect(
      detectDateline(`${label} - Les dirigeants arrivent au sommet\n10h45 - La présidente est arrivée.`),
    ).toBe(undefined);
  });
});

describe('a credit of two agencies', () => {
  it('is read as a credit when one of them is known', () => {
    expect(
      detectDateline('Buenos Aires, 8 dic (Télam/EFE) - La inflación de noviembre fue del 2,4 %.')?.place,
    ).toBe('Buenos Aires');
  });
});

describe("a Brazilian town's state in brackets after it", () => {
  it('is part of the dateline, before the date and the credit', () => {
    const dateline = detectDateline(
      'FOZ DO IGUAÇU (PR), 6 de dezembro (Reuters) - Os presidentes inauguraram a ponte nesta sexta-feira.',
    );

    expect(dateline?.place).toBe('FOZ DO IGUAÇU');
  });

  it("leaves an agency's credit of two capitals a credit", () => {
    expect(detectDateline('LONDON (PA) - The prince visited a hospital on Tuesday.')?.text).toBe(
      'LONDON (PA) -',
    );
  });
});

describe('an all-capitals wire dateline', () => {
  it('is read with its month and credit in capitals', () => {
    expect(
      detectDateline('BEIJING, DEC 9 (REUTERS) - CHINA WILL IMPOSE NEW TARIFFS ON U.S. GOODS FROM JANUARY.')
        ?.place,
    ).toBe('BEIJING');
  });
});
