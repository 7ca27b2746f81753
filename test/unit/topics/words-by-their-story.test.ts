import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const POLITICS = 'medtop:11000000';
const SCIENCE = 'medtop:13000000';
const CONFLICT = 'medtop:16000000';
const ARMED_CONFLICT = 'medtop:20000056';
const PEACE_PROCESS = 'medtop:20000073';
const TRADE_DISPUTE = 'medtop:20000376';
const MIGRATION_POLICY = 'medtop:20000634';
const LITERATURE = 'medtop:20000013';
const SOCCER = 'medtop:20001065';
const RUGBY = 'medtop:20001176';

describe('words whose sense the rest of the story decides (lead17, review17)', () => {
  it('reads a tariff truce as a trade dispute, not a peace process', () => {
    const topics = topicIds(
      'US and China agree tariff truce',
      "The United States and China agreed on Monday to cut tariffs on each other's goods for 90 days after " +
        'two days of talks in Geneva, easing a trade war that has rattled markets. The truce lifted stock ' +
        'markets around the world.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).toContain(TRADE_DISPUTE);
    expect(topics).not.toContain(PEACE_PROCESS);
  });

  it('keeps a truce between armies a peace process', () => {
    const topics = topicIds(
      'Gaza truce holds for second day as aid trucks enter',
      'A truce between Israel and Hamas held for a second day on Sunday as hundreds of aid trucks entered ' +
        'Gaza, and both sides exchanged hostages and prisoners under the deal.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).toContain(PEACE_PROCESS);
  });

  it('reads a Taliban decree on universities as no fighting', () => {
    const topics = topicIds(
      'Taliban bans women from universities',
      "Afghanistan's Taliban administration has banned women from attending universities, the ministry of " +
        'higher education said in a letter to all public and private universities. The United Nations said ' +
        'the decision violated the right to education.',
    );

    expect(topics).not.toContain(ARMED_CONFLICT);
  });

  it("files an antitrust fine that sent a phone maker's shares down as business first", () => {
    const topics = topicIds(
      'Apple shares slide after EU fine',
      'The European Commission fined Apple 1.8 billion euros on Monday for abusing its dominance in music ' +
        'streaming, saying the iPhone maker had stopped app developers from telling users about cheaper ' +
        'offers. Apple shares fell 3% in New York.',
    );

    expect(topics[0]).toBe(ECONOMY);
  });

  it("keeps technology a low second topic where a fund's gains came from technology shares", () => {
    const topics = topicIds(
      'Pension fund posts record profit on tech stocks',
      'A state pension fund posted a record first-half profit of $150 billion, driven by gains in ' +
        'technology shares such as Nvidia, Apple and Microsoft, its chief executive said on Tuesday. Its ' +
        'equity portfolio returned 12%.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics.indexOf(SCIENCE)).not.toBe(1);
  });

  it("reads a novelist's books about banana strikes as no armed attack", () => {
    const topics = topicIds(
      'Obituary: Colombian novelist of the Caribbean coast',
      'A Colombian novelist whose books about the banana strikes and fishing villages of the Caribbean ' +
        'coast won wide acclaim died on Tuesday in Barranquilla. She was 88. Her best-known novel was ' +
        'translated into 20 languages.',
    );

    expect(topics).toContain(LITERATURE);
    expect(topics).not.toContain(ARMED_CONFLICT);
  });

  it('reads a rugby player sent off as no footballer', () => {
    const topics = topicIds(
      'Springboks beat All Blacks in record win',
      'South Africa beat New Zealand 43-10 in the Rugby Championship on Saturday after the All Blacks lock ' +
        'was sent off for a dangerous tackle in the first half. The Springboks scored six tries.',
    );

    expect(topics).toContain(RUGBY);
    expect(topics).not.toContain(SOCCER);
  });

  it('reads results that polling staff failed to upload as election news, not computing', () => {
    const topics = topicIds(
      'Opposition challenges presidential election result',
      'The opposition asked the court to overturn the presidential election result, saying the electoral ' +
        'commission had failed to upload results from polling units promptly, as the election law requires.',
    );

    expect(topics[0]).toBe(POLITICS);
    expect(topics).not.toContain(SCIENCE);
  });

  it('files a climate visa lottery as migration policy', () => {
    const topics = topicIds(
      'Pacific islanders apply for climate visa lottery',
      'Thousands of Tuvalu citizens have applied for a climate visa lottery that will let 280 people a year ' +
        'move to Australia under a treaty signed as rising seas threaten the islands.',
    );

    expect(topics).toContain(MIGRATION_POLICY);
  });
});
