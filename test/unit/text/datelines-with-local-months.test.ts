import { describe, expect, it } from 'vitest';
import { detectDateline } from '../../../functions/core/text/dateline.js';

// Agencies writing in French, Spanish, Italian, German, Polish, Portuguese and Dutch date their datelines with
// their own month names, day first; the place before the date is the dateline's.
describe('datelines dated with month names of other languages', () => {
  it.each([
    ['LYON, 14 novembre (AFP) - Le conseil municipal a voté le budget.', 'LYON'],
    ['PARIS, 1er juillet (AFP) - Les syndicats ont appelé à la grève.', 'PARIS'],
    ['SEVILLA, 8 abr (EFE).- El ayuntamiento aprobó el plan de obras.', 'SEVILLA'],
    ['VALENCIA, 21 de septiembre de 2026 (EFE) - La Generalitat anunció ayudas.', 'VALENCIA'],
    ['TORINO, 5 febbraio - Il sindaco ha presentato il nuovo piano.', 'TORINO'],
    ['HAMBURG, 12. Dezember (dpa) - Der Hafen meldet weniger Umschlag.', 'HAMBURG'],
    ['KRAKÓW, 3 października (PAP) - Radni przyjęli nowy budżet miasta.', 'KRAKÓW'],
    ['PORTO, 30 de março (Lusa) - A câmara aprovou o orçamento.', 'PORTO'],
    ['UTRECHT, 2 februari (ANP) - De gemeente heeft het plan goedgekeurd.', 'UTRECHT'],
    ['GENÈVE, 9 févr. (AFP) - Le canton a adopté la loi.', 'GENÈVE'],
  ])('reads the place of %s', (body, place) => {
    const dateline = detectDateline(body);

    expect(dateline?.place).toBe(place);
    expect(body.slice(dateline?.end).trimStart()).toMatch(/^\p{Lu}/u);
  });

  it('still reads no dateline in a sentence that opens with a name, a number and a dash', () => {
    const body = 'Marie Dupont, 45 ans - elle a ouvert sa boulangerie en mars.';

    expect(detectDateline(body)).toBeUndefined();
  });
});
