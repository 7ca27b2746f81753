import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const CRIME_LAW_JUSTICE = 'medtop:02000000';
const CRIME = 'medtop:20000082';
const LAW_ENFORCEMENT = 'medtop:20000129';
const JUDICIARY = 'medtop:20000106';
const GOVERNMENT_POLICY = 'medtop:20000621';

/** The first subtopic listed under the first top level (order.ts puts it right after its top level). */
const firstSubtopic = (title: string, body: string): string | undefined =>
  tagArticle({ title, body }).topics.find((t) => t.level > 1)?.id;

describe('works named after their kind, box-office revenue, bills and the crime a headline names (topics21)', () => {
  it('reads a game called Manhunt as the game, not a police manhunt, in the body and the headline', () => {
    const topics = topicIds(
      'Manhunt game re-released on new consoles',
      'Rockstar Games has re-released its 2003 horror game Manhunt for modern consoles, the publisher said on ' +
        'Thursday. The game Manhunt was banned in several countries for its violence. Players take the role of ' +
        'a prisoner forced to star in snuff films.',
    );

    expect(topics).not.toContain(CRIME_LAW_JUSTICE);
    expect(topics).not.toContain(LAW_ENFORCEMENT);
  });

  it('still reads a police manhunt as law enforcement', () => {
    const topics = topicIds(
      'Police launch manhunt for escaped prisoner',
      'Police launched a manhunt on Sunday for a prisoner who escaped from a van taking him to court in Leeds. ' +
        'Officers urged the public not to approach the man, who was serving a sentence for armed robbery.',
    );

    expect(topics[0]).toBe(CRIME_LAW_JUSTICE);
    expect(topics).toContain(LAW_ENFORCEMENT);
  });

  it('files a film’s box-office revenue under film, not a studio’s results', () => {
    const topics = topicIds(
      'Moana 2 box-office revenue tops $1 billion',
      'LOS ANGELES - Walt Disney’s Moana 2 has passed $1 billion in global box-office revenue, the studio said ' +
        'on Sunday, the third animated film to do so this year. The sequel opened over the Thanksgiving weekend.',
    );

    expect(topics[0]).toBe(ARTS);
  });

  it('gives a spending bill signed by a governor government policy', () => {
    const topics = topicIds(
      'Governor signs $40 billion spending bill',
      'SACRAMENTO - California Governor Gavin Newsom on Friday signed a $40 billion spending bill that will pay ' +
        'for roads, schools and wildfire prevention. The bill passed the state legislature last week. Newsom said ' +
        'the money would create jobs across the state.',
    );

    expect(topics).toContain(GOVERNMENT_POLICY);
  });

  it('files arrests after a robbery under the crime first, the police second', () => {
    const first = firstSubtopic(
      'Two arrested after armed robbery at Paris jeweller',
      'French police arrested two men on Tuesday after an armed robbery at a jeweller on the Place Vendome in ' +
        'Paris, prosecutors said. The robbers escaped on a scooter with watches worth 2 million euros before ' +
        'officers stopped them near the Seine. They will appear before a judge on Thursday on charges of armed ' +
        'robbery.',
    );

    expect(first).toBe(CRIME);
  });

  it('keeps law enforcement first for a policing story whose headline names no crime', () => {
    const first = firstSubtopic(
      'Police to get body cameras in every force',
      'Every police officer in England and Wales will wear a body camera by next year, the home secretary said ' +
        'on Monday. Police chiefs welcomed the plan, saying footage would help officers in court and reduce ' +
        'complaints against the police.',
    );

    expect(first).toBe(LAW_ENFORCEMENT);
  });

  it('keeps the judiciary first for a verdict on the crime the headline names', () => {
    const first = firstSubtopic(
      'Footballer cleared of nightclub assault',
      'A Premier League defender was cleared on Friday of assaulting a man outside a Manchester nightclub after ' +
        'a jury at Manchester Crown Court found him not guilty. The 27-year-old had denied the charge throughout ' +
        'the five-day trial. The judge thanked the jurors.',
    );

    expect(first).toBe(JUDICIARY);
  });
});
