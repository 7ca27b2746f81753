import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Invented Spanish stories: the press writes the United States "EE.UU." or, as the Academy advises, "EE. UU.".
const DOTTED = {
  title: 'La ministra de Comercio viaja a EE.UU. para negociar los aranceles',
  body:
    'MADRID - La ministra de Comercio de España viajará el martes a EE.UU. para negociar los aranceles al ' +
    'aceite de oliva. Las exportaciones españolas a EE.UU. cayeron un doce por ciento este año, según el ' +
    'ministerio. El Gobierno espera un acuerdo antes del verano.',
};

const SPACED = {
  title: 'Argentina y EE. UU. firman un acuerdo sobre litio',
  body:
    'BUENOS AIRES - Argentina firmó el jueves con EE. UU. un acuerdo para la exploración de litio en el ' +
    'norte del país. El embajador de EE. UU. dijo que la inversión superará los mil millones de dólares. ' +
    'La relación entre Argentina y EE. UU. vive su mejor momento, dijo el canciller.',
};

/** "EE.UU." closing a sentence before a capital: the recogniser sees "EE", ".", "UU" and ".". */
const BEFORE_CAPITAL = {
  title: 'Chile amplía su red de embajadas',
  body:
    'SANTIAGO - El Gobierno de Chile abrirá dos consulados nuevos en EE.UU. El canciller lo anunció el lunes ' +
    'en una rueda de prensa. Los consulados estarán en Texas y en Florida, dijo.',
};

describe('the United States written with Spanish doubled initials', () => {
  it('reads "EE.UU." in a Spanish story as the United States, in focus', () => {
    const result = tagArticle(DOTTED);

    const us = result.countries.find((c) => c.code === 'US');
    expect(result.language).toBe('es');
    expect(us?.focus).toBe(true);
    expect(us?.mentions.map((m) => m.text)).toContain('EE.UU.');
  });

  it('reads "EE. UU." with its space as the United States and pairs it', () => {
    const result = tagArticle(SPACED);

    expect(result.countries.find((c) => c.code === 'US')?.mentions.map((m) => m.text)).toContain('EE. UU.');
    expect(result.countryPairs.map((p) => p.pair)).toContain('AR-US');
  });

  it('lists the abbreviation as the United States place, not a body named "EE"', () => {
    const result = tagArticle(DOTTED);

    const us = result.entities.find((e) => e.id === 'place:iso:US');
    expect(us?.mentions.map((m) => m.text)).toContain('EE.UU.');
    expect(result.entities.map((e) => e.name)).not.toContain('EE');
  });

  it('keeps no body named "UU" when the abbreviation closes a sentence', () => {
    const result = tagArticle(BEFORE_CAPITAL);

    expect(result.countries.map((c) => c.code)).toContain('US');
    expect(result.entities.map((e) => e.name)).not.toContain('UU');
    expect(result.entities.map((e) => e.name)).not.toContain('EE');
  });

  it('reads the same letters in an English story as before (no Spanish abbreviation there)', () => {
    const result = tagArticle({
      title: 'Chipmaker names new chief',
      body:
        'The chipmaker said its EE. UU. division, a unit named after its founders, would be sold. ' +
        'Shares in the company rose 3 percent in London trading on Tuesday after the announcement.',
    });

    expect(result.countries.map((c) => c.code)).not.toContain('US');
  });
});
