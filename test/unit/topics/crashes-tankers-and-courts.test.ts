import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const SPORT = 'medtop:15000000';
const CONFLICT = 'medtop:16000000';
const CRIME_LAW_JUSTICE = 'medtop:02000000';
const JUDICIARY = 'medtop:20000106';

describe('air crashes told without their deaths, gunboats at sea and courts on water (review22, topics22)', () => {
  it('files an airliner’s crash first under disaster before the airline’s and the maker’s business', () => {
    const ids = topicIds(
      'Skyline Airways crash: what we know so far',
      'A Skyline Airways Airbus A321 bound for Lisbon crashed shortly after take-off from Porto on Saturday. ' +
        'Here is what we know.\n\nWhat happened?\n- Flight SK402 left the runway at 09:12 local time with 186 ' +
        'people on board.\n- It came down in farmland two kilometres from the airport.\n\nWhat has been said?\n' +
        '- The airline said it was working with the authorities.\n- Airbus said it was ready to support the ' +
        'investigation.',
    );

    expect(ids[0]).toBe(DISASTER);
  });

  it('keeps an airline’s shares that crashed under economy', () => {
    const ids = topicIds(
      'Airline shares crash after profit warning',
      'Shares in Skyline Airways crashed 20% on Monday after the airline warned that its annual profit would ' +
        'fall by half because of higher fuel costs and weak demand for flights to Asia. Analysts said the ' +
        'carrier’s fleet of ageing aircraft would need costly repairs.',
    );

    expect(ids[0]).toBe(ECONOMY);
  });

  it('keeps a racing driver’s crash under sport', () => {
    const ids = topicIds(
      'Hamilton crash ends Monaco race',
      'Lewis Hamilton crashed his Mercedes car into the barrier on lap 12 of the Monaco Grand Prix on Sunday, ' +
        'ending his race. The seven-time world champion walked away unhurt. Max Verstappen went on to win for ' +
        'Red Bull.',
    );

    expect(ids[0]).toBe(SPORT);
  });

  it('files gunboats attacking a tanker under conflict before its cargo of crude', () => {
    const ids = topicIds(
      'IRANIAN GUNBOATS ATTACK GREEK TANKER OFF DUBAI',
      'BAHRAIN, Oct 12 - Iranian gunboats attacked the Greek-owned tanker Aegean Star off Dubai today, setting ' +
        'its engine room on fire, shipping sources said.\n    The 80,000-tonne tanker was carrying crude oil from ' +
        "Kuwait. Lloyd's said the ship was still under way.\n Reuter",
    );

    expect(ids[0]).toBe(CONFLICT);
  });

  it('files a court’s order on river water under the courts, not public finance or farming', () => {
    const ids = topicIds(
      'Supreme Court tells state to release river water',
      'NEW DELHI: The Supreme Court on Monday directed the state to release river water to farmers downstream ' +
        'for the next fortnight, noting that the water authority had taken into account the deficit rainfall ' +
        'in the catchment. A senior advocate for the farmers argued that standing crops faced ruin. The state ' +
        'said it would abide by the order.',
    );

    expect(ids[0]).toBe(CRIME_LAW_JUSTICE);
    expect(ids).toContain(JUDICIARY);
  });
});
