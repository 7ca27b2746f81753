import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const HEALTH = 'medtop:07000000';

const topLevel = (title: string, body: string) => topicIds(title, body).find((id) => id.endsWith('000000'));

describe('the lead of a story', () => {
  it('lets the first sentence decide between two topics of nearly equal weight', () => {
    const title = 'A hard week in Millbrook';
    const body =
      'An outbreak of a stomach infection has put dozens of patients in hospital in Millbrook, doctors ' +
      'said. The mill that employs half the town posted lower profits on Tuesday, its shares fell 8%, and ' +
      'investors expect the company to cut its dividend and sell its paper business, analysts said.';

    expect(topLevel(title, body)).toBe(HEALTH);
  });
});

describe('the lead after a byline', () => {
  it('takes the first sentence after the byline as the lead', () => {
    const title = 'A hard week in Millbrook';
    const body =
      'By Jane Smith, Business Reporter\n\n' +
      'An outbreak of a stomach infection has put dozens of patients in hospital in Millbrook, doctors ' +
      'said. The mill that employs half the town posted lower profits on Tuesday, its shares fell 8%, and ' +
      'investors expect the company to cut its dividend and sell its paper business, analysts said.';

    expect(topLevel(title, body)).toBe(HEALTH);
  });
});
