import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const CONFLICT = 'medtop:16000000';
const SCIENCE = 'medtop:13000000';

describe('storms before their helpers, and words whose sense the story decides (topics23)', () => {
  it('files a cyclone that flattened homes under disaster before the leaders who send aid', () => {
    const ids = topicIds(
      'Cyclone hits Tonga, New Zealand sends aid',
      'NUKU’ALOFA, Tonga — Cyclone Tala struck Tonga’s main island of Tongatapu overnight with winds of ' +
        '170 km/h, cutting power and flattening homes, officials said on Sunday. Prime Minister Aisake Eke ' +
        'declared a state of emergency. New Zealand and Australia sent military aircraft with supplies, and ' +
        'Fiji’s prime minister said a navy vessel would sail on Monday. Samoa issued warnings as the storm ' +
        'moved east.',
    );

    expect(ids[0]).toBe(DISASTER);
  });

  it('keeps a drought that cuts a harvest forecast under business', () => {
    const ids = topicIds(
      'Drought cuts Australian wheat crop forecast',
      'SYDNEY - Drought in New South Wales and Queensland has cut Australia’s wheat harvest forecast by 15% ' +
        'to 26 million tonnes, the government’s commodity forecaster said on Tuesday. Wheat futures rose 2% in ' +
        'Chicago, and exporters said shipments to Asia would fall.',
    );

    expect(ids[0]).toBe(ECONOMY);
  });

  it('reads a currency’s trading band and an inflation target band as no music', () => {
    const { topics } = tagArticle({
      title: 'Central bank lets peso float within a band',
      body:
        'BUENOS AIRES - The central bank said on Monday that the peso would float within a band of 1,000 to ' +
        '1,400 per dollar and that it would buy dollars only at the bottom of the band. Inflation was back in ' +
        'its target band, the governor said, and interest rates would stay at 29%.',
    });

    expect(topics.map((t) => t.id)).not.toContain(ARTS);
  });

  it('keeps a rock band’s tour under the arts', () => {
    const ids = topicIds(
      'Band announce reunion tour',
      'The rock band announced on Monday that they would play 17 stadium dates next summer, their first ' +
        'shows together in 15 years. The band’s singer said a new album would follow.',
    );

    expect(ids[0]).toBe(ARTS);
  });

  it('reads an emergency meeting of oil ministers as no disaster and a drug war as crime', () => {
    const { topics } = tagArticle({
      title: 'OPEC sees no need for emergency meeting',
      body:
        'VIENNA - OPEC’s president said on Tuesday he saw no need for an emergency meeting of oil ministers ' +
        'before the regular conference in June, despite the fall in crude prices. Ministers would keep ' +
        'output quotas unchanged, he said.',
    });
    const drugWar = topicIds(
      'Former president tried over drug war killings',
      'THE HAGUE - Judges at the International Criminal Court heard on Monday how thousands of suspects were ' +
        'killed by police during the former president’s drug war. His lawyers said the court had no ' +
        'jurisdiction.',
    );

    expect(topics.map((t) => t.id)).not.toContain(DISASTER);
    expect(drugWar).not.toContain(CONFLICT);
    expect(drugWar[0]).toBe(CRIME);
  });

  it('reads a race’s collision as no accident and a stadium named Delle Alpi as no computer maker', () => {
    const race = topicIds(
      'Norris wins in Brazil to close gap on Piastri',
      'Lando Norris won the Sao Paulo Grand Prix at Interlagos to extend his lead in the Formula 1 drivers’ ' +
        'championship. Piastri was fifth after a ten-second time penalty for causing a collision with ' +
        'Antonelli on lap six. McLaren lead the constructors’ standings.',
    );
    const match = topicIds(
      'Juventus beat Fiorentina to go top',
      'TURIN - Juventus went top of Serie A on Sunday with a 2-1 win over Fiorentina at the Delle Alpi. ' +
        'Alen Boksic put Juve ahead after 12 minutes.',
    );

    expect(race).not.toContain(DISASTER);
    expect(match).not.toContain(SCIENCE);
  });
});
