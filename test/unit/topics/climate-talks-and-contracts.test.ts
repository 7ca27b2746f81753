import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const ENVIRONMENT = 'medtop:06000000';
const CLIMATE_CHANGE = 'medtop:20000418';
const ECONOMY = 'medtop:04000000';
const POLITICS = 'medtop:11000000';
const SPORT = 'medtop:15000000';

describe('climate talks and contracts won in the headline (topics22)', () => {
  it('files the UN climate summit under climate change before its diplomacy and its fuels', () => {
    const ids = topicIds(
      'UN climate summit stalls over coal pledge',
      'DUBAI - Talks at the COP28 climate summit stalled on Tuesday as oil producers and developing countries ' +
        'rejected a draft that called for a phase-out of coal, oil and gas. Ministers from nearly 200 countries ' +
        'are negotiating over finance for poorer nations hit by floods and droughts. The summit’s president said ' +
        'he still hoped for a deal by Friday, but European Union officials said the draft was too weak.',
    );

    expect(ids[0]).toBe(ENVIRONMENT);
    expect(ids[1]).toBe(CLIMATE_CHANGE);
  });

  it('keeps a minister’s speech that mentions the climate under politics', () => {
    const ids = topicIds(
      'Prime minister sets out plans for new parliament session',
      'The prime minister told MPs on Tuesday that the government would bring forward bills on housing, ' +
        'policing and the climate in the new session of parliament. Opposition leaders said the plans lacked ' +
        'detail.',
    );

    expect(ids[0]).toBe(POLITICS);
  });

  it('files a defence firm’s navy contract under business before the navy and the defence department', () => {
    const ids = topicIds(
      'LOCKHEED <LK> GETS 312 MLN DLR NAVY CONTRACT',
      'WASHINGTON, March 12 - Lockheed Corp has received a 312 mln dlr contract from the U.S. Navy for work on ' +
        'Trident II missiles, the Defense Department said.\n    The contract covers production and engineering ' +
        'services through 1989.\n Reuter',
    );

    expect(ids[0]).toBe(ECONOMY);
  });

  it('keeps a player’s new contract under sport', () => {
    const ids = topicIds(
      'Striker Jones wins new contract at United',
      'Leeds United striker Tom Jones has signed a new four-year contract with the club, the Premier League ' +
        'side said on Friday. The 24-year-old scored 18 goals last season.',
    );

    expect(ids[0]).toBe(SPORT);
  });
});
