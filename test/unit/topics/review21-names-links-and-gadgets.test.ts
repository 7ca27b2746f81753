import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const ENVIRONMENT = 'medtop:06000000';
const HEALTH = 'medtop:07000000';
const LABOUR = 'medtop:09000000';
const SPORT = 'medtop:15000000';
const POLITICS = 'medtop:11000000';
const CONFLICT = 'medtop:16000000';
const HUMAN_INTEREST = 'medtop:08000000';
const IT = 'medtop:20000763';
const MANUFACTURING = 'medtop:20000294';
const ENDANGERED_SPECIES = 'medtop:20000443';
const COMMUNICABLE_DISEASE = 'medtop:20000448';
const GOVERNMENT_POLICY = 'medtop:20000621';

describe('names, links and gadgets from the twenty-first review (topics21, review21 ★5)', () => {
  it('reads no word in a link’s web address', () => {
    const topics = topicIds(
      'Chile picks a lithium partner',
      'SANTIAGO - Chile’s state copper company Codelco has chosen Rio Tinto as its partner to develop lithium ' +
        'deposits in the [Atacama region](https://en.wikipedia.org/wiki/Atacama_Region), the company said on ' +
        'Tuesday. Rio Tinto will invest $900 million for a stake in the venture.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).not.toContain(IT);
  });

  it('reads a surname in a headline in capitals as the person the body names in full', () => {
    const topics = topicIds(
      'DOLE , KEMP WOO OHIO VOTERS ON TAX CUTS .',
      'COLUMBUS , Ohio 1996-10-20\nRepublican Bob Dole and his running mate Jack Kemp promised Ohio voters a 15 ' +
        'percent tax cut on Sunday as the campaign entered its final two weeks. Dole told a rally in Columbus ' +
        'that President Bill Clinton had raised taxes. Polls show Clinton ahead in Ohio.',
    );

    expect(topics).not.toContain(LABOUR);
  });

  it('reads a firm’s name that ends a person’s full name as the surname, and keeps the firm', () => {
    const president = topicIds(
      'Nixon pardon papers released',
      'WASHINGTON - The National Archives on Monday released papers on the pardon of Richard Nixon, showing that ' +
        'President Gerald Ford was warned the decision would cost him the 1976 election. Gerald Ford said at the ' +
        'time that he wanted to end the national nightmare.',
    );
    const carmaker = topicIds(
      'Ford recalls 500,000 pickups over brake fault',
      'DETROIT - Ford Motor Co is recalling about 500,000 pickup trucks in the United States because of a brake ' +
        'fault, the carmaker said on Wednesday. Ford said dealers would repair the vehicles free of charge.',
    );

    expect(president).not.toContain(ECONOMY);
    expect(carmaker).toContain(MANUFACTURING);
  });

  it('reads Tiger rebels as no endangered species, and a tiger census as one', () => {
    const rebels = topicIds(
      'Tiger rebels reject talks offer',
      'COLOMBO - Tamil Tiger rebels on Monday rejected a government offer of peace talks, saying the army must ' +
        'first halt its offensive in the north. The Tigers have fought for a separate homeland since 1983, and ' +
        'fighting killed 40 soldiers last week.',
    );
    const census = topicIds(
      'India’s tiger population rises to 3,600',
      'NEW DELHI - India’s wild tiger population has risen to about 3,600, a census released on Saturday showed, ' +
        'as conservation efforts and the protection of reserves paid off. Poaching remains a threat to the ' +
        'endangered big cats.',
    );

    expect(rebels).not.toContain(ENVIRONMENT);
    expect(census).toContain(ENDANGERED_SPECIES);
  });

  it('reads a music player that is not quite a knockout as no sport, and keeps a boxer’s knockout', () => {
    const gadget = topicIds(
      'Slim music player takes on the iPod',
      'Creative’s new music player is thinner than Apple’s iPod and holds 8,000 songs. The player has a colour ' +
        'screen and a battery that lasts 20 hours. It is not quite a knockout, but the player is a fine rival at ' +
        'a lower price.',
    );
    const fight = topicIds(
      'Usyk wins by knockout in Wembley rematch',
      'Oleksandr Usyk knocked out Daniel Dubois in the fifth round at Wembley on Saturday to keep his ' +
        'heavyweight titles. The knockout came after a left hook.',
    );

    expect(gadget).not.toContain(SPORT);
    expect(fight[0]).toBe(SPORT);
  });

  it('reads a computer worm’s virus as no disease, and keeps a new virus in a village as one', () => {
    const worm = topicIds(
      'New worm spreads through e-mail',
      'A new computer worm is spreading through e-mail attachments, anti-virus firm Sophos said on Friday. The ' +
        'virus copies itself to every address in a PC’s address book. Virus writers are increasingly after bank ' +
        'details, the firm said.',
    );
    const outbreak = topicIds(
      'Health officials track new virus in Uganda',
      'Health officials in Uganda are tracking a new virus that has infected 40 people in two villages, the World ' +
        'Health Organization said. The virus causes fever and bleeding, and doctors have isolated the patients.',
    );

    expect(worm).not.toContain(HEALTH);
    expect(outbreak).toContain(COMMUNICABLE_DISEASE);
  });

  it('gives a bill signed into law government policy, with words between "signed" and "into law"', () => {
    const topics = topicIds(
      'Governor signs AI safety bill into law',
      'SACRAMENTO - California Governor Gavin Newsom on Monday signed a bill into law that requires the largest ' +
        'artificial intelligence companies to publish safety plans. Tech firms had lobbied against the bill.',
    );

    expect(topics).toContain(GOVERNMENT_POLICY);
  });

  it('reads "is survived by" as an obituary’s words', () => {
    const { topics } = tagArticle({
      title: 'Former senator dies at 88',
      body:
        'Former senator John Marsh died on Sunday at his home in Ohio. He was 88. He is survived by his wife, ' +
        'Judy, and four children.',
    });

    expect(topics.find((t) => t.id === HUMAN_INTEREST)?.evidence).toContain('is survived by');
  });

  it('reads troops and the army in a war wire as the war’s, not the government’s', () => {
    const { topics } = tagArticle({
      title: 'Troops kill 30 rebels in northern offensive',
      body:
        'COLOMBO - Government troops killed 30 rebels on Tuesday as the army pushed its offensive into the north, ' +
        'the defence ministry said. Four soldiers died in the fighting, and military officials said the army had ' +
        'taken two rebel camps. The government has refused to negotiate until the rebels lay down their arms.',
    });
    const politics = topics.find((t) => t.id === POLITICS)?.evidence ?? [];

    expect(topics[0]?.id).toBe(CONFLICT);
    expect(politics).not.toContain('troops');
    expect(politics).not.toContain('army');
  });
});
