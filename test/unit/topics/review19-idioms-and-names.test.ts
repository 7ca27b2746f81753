import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const HUMAN_INTEREST = 'medtop:08000000';
const SPORT = 'medtop:15000000';
const CONFLICT = 'medtop:16000000';
const WEATHER = 'medtop:17000000';
const ARMED_CONFLICT = 'medtop:20000056';
const FILM = 'medtop:20000005';
const TRANSPORT = 'medtop:20000337';
const ENERGY = 'medtop:20000256';
const INTERNATIONAL_BODY = 'medtop:20000644';
const TENNIS = 'medtop:20001085';
const MOTOR_RACING = 'medtop:20000991';
const BOXING = 'medtop:20000856';
const ROYALTY = 'medtop:20000506';
const RECESSION = 'medtop:20000383';
const COUP = 'medtop:20000070';

describe('idioms of conflict stories and words inside names (topics19, review19)', () => {
  it('reads neighbours who trade accusations after exchanges of fire as conflict, not commerce', () => {
    const topics = topicIds(
      'Neighbours trade accusations after border firing',
      'The two countries traded accusations on Sunday after exchanges of fire along the disputed border killed ' +
        'three soldiers. Each army said the other had broken the ceasefire, and the foreign ministries summoned ' +
        'each other’s envoys.',
    );

    expect(topics).not.toContain(ECONOMY);
    expect(topics).toContain(ARMED_CONFLICT);
  });

  it('reads a ceasefire brokered by a third country, and sides that trade blame, as no market news', () => {
    const topics = topicIds(
      'Sides trade blame as border clashes resume',
      'Troops exchanged artillery fire for a second day, weeks after a ceasefire brokered by a regional ' +
        'neighbour. Both governments traded blame for the shelling, and the mediator said it would help broker ' +
        'a new truce.',
    );

    expect(topics).not.toContain(ECONOMY);
    expect(topics[0]).toBe(CONFLICT);
  });

  it('reads a football club named Wimbledon in a results table as no tennis', () => {
    const topics = topicIds(
      'SOCCER - ENGLISH LEAGUE RESULTS',
      'Results of English league soccer matches on Saturday: Chelsea 2 Everton 1, Nottingham Forest 0 ' +
        'Wimbledon 1, Arsenal 3 Leeds 0, Aston Villa 1 Newcastle 1. Standings: Arsenal 30 points, Chelsea 28.',
    );

    expect(topics).not.toContain(TENNIS);
  });

  it('reads an athletics Grand Prix as athletics, not motor racing', () => {
    const topics = topicIds(
      'Athletics - results of the Grand Prix meeting',
      'Leading results at the athletics Grand Prix meeting on Friday: men’s 100 metres, women’s 1,500 metres, ' +
        'high jump and pole vault, with the world champion winning the 200 metres.',
    );

    expect(topics).not.toContain(MOTOR_RACING);
  });

  it('reads a cinema chain in a quarterly results line as no film news', () => {
    const topics = topicIds(
      'Cinema group quarterly profit rises',
      'The cinema group said quarterly net profit rose 12 percent to 41 million dollars on revenue of 620 ' +
        'million, and raised its dividend. Shares rose 3 percent.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).not.toContain(FILM);
  });

  it('reads places such as the Niger Delta and Port Sudan as no airline or port business', () => {
    const topics = topicIds(
      'Militants attack pipeline in the Niger Delta',
      'Gunmen attacked an oil pipeline in the Niger Delta on Tuesday, the army said, days after aid convoys ' +
        'left Port Sudan for the camps. Soldiers were sent to the creeks.',
    );

    expect(topics).not.toContain(TRANSPORT);
  });

  it('reads the International Atomic Energy Agency as an international body, not the energy sector', () => {
    const topics = topicIds(
      'Inspectors return under new framework',
      'The International Atomic Energy Agency and Iran agreed a framework for inspections of nuclear sites, the ' +
        'foreign minister said. The IAEA chief will visit next week.',
    );

    expect(topics).toContain(INTERNATIONAL_BODY);
    expect(topics).not.toContain(ENERGY);
  });

  it('reads party leaders who clash over tax and front-line services as no armed conflict', () => {
    const topics = topicIds(
      'Party leaders clash over tax',
      'The prime minister and the opposition leader clashed over tax in the Commons, as the opposition promised ' +
        'to cut waste without touching front-line services such as schools and hospitals. The chancellor said ' +
        'the plans did not add up.',
    );

    expect(topics).not.toContain(CONFLICT);
  });

  it('reads a race won in torrential rain as sport, not weather', () => {
    const topics = topicIds(
      'Schumacher wins wet race',
      'Michael Schumacher won the race in torrential rain on Sunday, finishing 45 seconds ahead on a track ' +
        'where only six cars finished. Heavy rain fell throughout, and the championship leader spun off on ' +
        'lap 11.',
    );

    expect(topics[0]).toBe(SPORT);
    expect(topics).not.toContain(WEATHER);
  });

  it('reads a player who slumped to defeat in a rain-interrupted match as no recession and no weather', () => {
    const topics = topicIds(
      'Seed beaten in quarter-final',
      'The third seed slumped to a straight sets defeat in his rain-interrupted quarter-final. His opponent ' +
        'booked a place in the semi-finals, where he meets the top seed.',
    );

    expect(topics).not.toContain(RECESSION);
    expect(topics).not.toContain(WEATHER);
  });

  it("reads a film's boxing drama as film, not boxing", () => {
    const topics = topicIds(
      'Oscar nominations announced',
      'The boxing drama leads the Oscar nominations with seven, including best picture, best director and ' +
        'best actress. The Academy Awards ceremony takes place next month.',
    );

    expect(topics).not.toContain(BOXING);
  });

  it('reads a king met at his palace in a defence pact story as no royalty news', () => {
    const topics = topicIds(
      'Two states sign defence pact',
      'The two countries signed a defence pact on Tuesday after the defence minister met the king at the royal ' +
        'palace. The pact covers joint military training and border security, and the troops of both armies ' +
        'will hold exercises next year.',
    );

    expect(topics).not.toContain(HUMAN_INTEREST);
    expect(topics).not.toContain(ROYALTY);
  });

  it('reads a junta that governs as no coup or war, and keeps the coup of a junta that seizes power', () => {
    const governs = topicIds(
      'Junta suspends uranium exports',
      'The military junta suspended uranium exports on Thursday, the mines minister said on state television, ' +
        'and ordered the state-owned mining company to review its contracts with foreign buyers.',
    );
    const seizes = topicIds(
      'Army seizes power in overnight coup',
      'Soldiers seized the state broadcaster and detained the president in an overnight coup, and the new ' +
        'military junta announced a curfew and closed the borders.',
    );

    expect(governs).not.toContain(CONFLICT);
    expect(governs).not.toContain(COUP);
    expect(seizes[0]).toBe(CONFLICT);
    expect(seizes).toContain(COUP);
  });
});
