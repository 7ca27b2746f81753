import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('results away from home and the Copa America', () => {
  it('links a side that won in a country with that country, each result of a sentence apart', () => {
    const { pairs } = focusAndPairs({
      title: 'Brazil and Argentina draw in World Cup qualifier marred by crowd trouble',
      body:
        'RIO DE JANEIRO - Brazil and Argentina drew 1-1 in a World Cup qualifier at the Maracana on Tuesday.\n\n' +
        'Nicolas Otamendi headed Argentina ahead in the 63rd minute and Vinicius Junior equalised for Brazil. ' +
        'Uruguay beat Bolivia 3-0 and Colombia won 2-1 in Paraguay in the other South American qualifiers.',
    });

    expect(pairs).toEqual(expect.arrayContaining(['AR-BR', 'BO-UY', 'CO-PY']));
    expect(pairs).not.toContain('CO-UY');
  });

  it('does not link two sides of different results in one sentence, a draw away included', () => {
    const { pairs } = focusAndPairs({
      title: 'Colombia win in Paraguay to close on World Cup place',
      body:
        'ASUNCION, Sept 10 - Colombia won 2-1 in Paraguay on Tuesday to move within a point of qualifying for ' +
        'the World Cup.\n\nEcuador drew 0-0 in Peru and Uruguay beat Chile 3-1 in Montevideo in the other South ' +
        'American qualifiers.',
    });

    expect(pairs).toEqual(expect.arrayContaining(['CO-PY', 'EC-PE', 'CL-UY']));
    expect(pairs).not.toContain('CL-EC');
  });

  it('reads no United States in the Copa America', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Brazil beat Chile to reach Copa America final',
      body: 'SANTIAGO - Brazil beat Chile 2-0 on Wednesday to reach the Copa America final.',
    });

    expect(focus).toEqual(['BR', 'CL']);
    expect(pairs).toEqual(['BR-CL']);
  });
});
