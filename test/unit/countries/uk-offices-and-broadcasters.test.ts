import { describe, expect, it } from 'vitest';
import { focusAndPairs, tagStory } from './focus-and-pairs.js';

describe('a UK story told through its offices and broadcasters has Britain in focus', () => {
  it('reads the Home Secretary and the Home Office as Britain’s, before a country named as a model', () => {
    const { focus } = focusAndPairs({
      title: 'Home Secretary to tighten rules on student visas',
      language: 'en',
      body:
        'The Home Secretary will set out plans on Tuesday to cut the number of student visas, borrowing ' +
        "from Sweden's points system.\n\nThe Home Office said universities would have to vouch for every " +
        'applicant. Vice-chancellors warned the plans would cost them millions.',
    });

    expect(focus).toContain('GB');
    expect(focus).not.toContain('SE');
  });

  it('reads a BBC Two or ITV programme as Britain’s, not the home of a presenter born abroad', () => {
    const { focus } = focusAndPairs({
      title: 'Baking show presenter steps down',
      language: 'en',
      body:
        'The presenter of the BBC Two baking show has stepped down after eight series. The Australian-born ' +
        'chef said she would spend more time with her family. ITV said it had no plans for a rival show.',
    });

    expect(focus).toEqual(['GB']);
  });

  it('reads a Chancellor of the Exchequer as Britain’s', () => {
    const { focus } = focusAndPairs({
      title: 'Fuel duty frozen again',
      language: 'en',
      body: 'The Chancellor of the Exchequer froze fuel duty for another year in the autumn statement on Wednesday.',
    });

    expect(focus).toEqual(['GB']);
  });

  it('leaves Britain out of a South Asian story about a state or federal Home Secretary (read23 F10)', () => {
    const state = tagStory({
      title: 'Karnataka reshuffles police',
      body:
        'BENGALURU - Karnataka Home Secretary Rajesh Rao ordered the transfer of 25 senior police officers on ' +
        'Tuesday, the state government said. The Home Secretary said the transfers were routine.',
    });
    const federal = tagStory({
      title: 'Security stepped up for Muharram',
      body:
        'KARACHI - Federal Home Secretary Aamir Khan said on Tuesday that mobile phone services would be ' +
        'suspended in parts of Sindh during Muharram processions.',
    });

    expect(state.countries.map((c) => c.code)).toEqual(['IN']);
    expect(federal.countries.map((c) => c.code)).toEqual(['PK']);
  });

  it('still reads a Shadow or former Home Secretary as Britain’s in a story about a deal with India', () => {
    const { focus } = focusAndPairs({
      title: 'Home Office defends India returns deal',
      language: 'en',
      body:
        'The Home Office defended its returns agreement with India on Tuesday after Shadow Home Secretary ' +
        'Chris Philp said it had sent back fewer than 200 people. Former Home Secretary Priti Patel, who ' +
        'began the talks, said the deal needed time.',
    });

    expect(focus).toContain('GB');
  });
});
