import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const CONFLICT = 'medtop:16000000';

describe('a market that crashed beside a plane, and market forces that hit tanker owners (read22 F2, F9)', () => {
  it('keeps a plane maker’s shares that crashed under economy, though the lead names its jets and a flight', () => {
    const ids = topicIds(
      'Boeing shares crash after Alaska Airlines blowout report',
      'NEW YORK (Reuters) - Boeing shares crashed 9% on Monday after regulators grounded 171 jets, a week after ' +
        'a panel blew out of an Alaska Airlines flight. The company’s market value fell by $14 billion. Analysts ' +
        'said deliveries to airlines would slow for months.',
    );

    expect(ids[0]).toBe(ECONOMY);
  });

  it('keeps airline stocks that crashed as fuel soared under economy', () => {
    const ids = topicIds(
      'Airline stocks crash as oil soars',
      'LONDON - Airline shares crashed across Europe on Tuesday as the price of oil jumped 8%, and analysts said ' +
        'every flight would cost more to operate this summer. Fuel is about a third of a carrier’s costs.',
    );

    expect(ids[0]).toBe(ECONOMY);
  });

  it('still files a ferry that capsized under disaster before its deaths are told', () => {
    const ids = topicIds(
      'Ferry crash: what we know',
      'A passenger ferry carrying 310 people capsized off the coast of Sulawesi on Sunday night, the port ' +
        'authority said. Rescue boats were sent from three islands.\n\nThe ferry operator said it was checking ' +
        'its passenger list.',
    );

    expect(ids[0]).toBe(DISASTER);
  });

  it('keeps market forces that hit tanker owners’ profits under economy', () => {
    const ids = topicIds(
      'Market forces hit tanker owners’ profits',
      'OSLO (Reuters) - Falling freight rates hit the profits of tanker owners in the third quarter, as military ' +
        'conflicts eased and ships returned to the Red Sea routes. Frontline said its net profit fell 40%.',
    );

    expect(ids[0]).toBe(ECONOMY);
  });

  it('still files Houthi forces that struck a tanker under conflict', () => {
    const ids = topicIds(
      'Houthi forces hit oil tanker in Red Sea',
      'DUBAI (Reuters) - Yemen’s Houthi forces hit an oil tanker carrying Russian crude in the Red Sea on ' +
        'Monday, the group’s spokesman said, setting it on fire. The tanker was bound for India with a million ' +
        'barrels of oil.',
    );

    expect(ids[0]).toBe(CONFLICT);
  });
});
