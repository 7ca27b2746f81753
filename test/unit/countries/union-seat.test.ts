import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('Brussels standing for the European Union names no Belgium', () => {
  it('leaves Belgium out when Brussels is the union a government argues with', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Slovakia says it will not wait for Brussels on gas',
      language: 'en',
      body:
        'BRATISLAVA, Feb 3 - Slovakia will sign its own gas deal with Azerbaijan, the economy minister said on ' +
        'Tuesday, accusing Brussels of dragging its feet. "We cannot wait for Brussels for ever," she said, ' +
        'adding that the EU had promised a plan a year ago.',
    });

    expect(focus).not.toContain('BE');
    expect(pairs.filter((p) => p.includes('BE'))).toEqual([]);
  });

  it('keeps Belgium when the story names it otherwise or was filed there', () => {
    const named = focusAndPairs({
      title: 'Police raid offices in Brussels',
      language: 'en',
      body: 'Belgian police raided offices in Brussels on Tuesday in a fraud inquiry linked to EU farm funds.',
    });
    const filed = focusAndPairs({
      title: 'EU ministers agree steel plan',
      language: 'en',
      body: 'BRUSSELS, March 4 - European Union industry ministers agreed a steel plan in Brussels on Tuesday.',
    });

    expect(named.focus).toContain('BE');
    expect(filed.focus).toContain('BE');
  });

  it('keeps Belgium for Brussels in a story that names no union', () => {
    const { focus } = focusAndPairs({
      title: 'Airline adds Brussels route',
      language: 'en',
      body: 'TAP Air Portugal will fly from Porto to Brussels three times a week from June, the airline said.',
    });

    expect(focus).toContain('BE');
  });

  it('keeps Belgium when the story happens in the city: its airport, metro, airline, police (read23 F2)', () => {
    const attack = focusAndPairs({
      title: 'Explosions at Brussels airport',
      language: 'en',
      body:
        'Two blasts hit the check-in hall of Brussels airport on Wednesday and a third struck a metro train ' +
        'near the European Commission an hour later, killing 12 people, officials said. Rescue teams searched ' +
        'the wreckage through the night.',
    });
    const strike = focusAndPairs({
      title: 'Pilots strike at Brussels Airlines',
      language: 'en',
      body:
        'Pilots at Brussels Airlines walked out on Thursday over pay, grounding 150 flights, while EU transport ' +
        'ministers meeting that day said they had no role in the dispute.',
    });

    expect(attack.focus).toContain('BE');
    expect(strike.focus).toContain('BE');
  });
});
