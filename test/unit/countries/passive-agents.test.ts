import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

// Session 44 (places44, wild44 #19): in a short story the agent of a passive ("a case brought by South Africa
// against Israel", "a complaint filed by Brazil against the United States") was no party to the action, so only the
// country after "against" was in focus and no pair linked the two. Stories are invented.
describe('the agent of a passive in a short story', () => {
  it('pairs the country that brought a case with the one it is against', () => {
    // Arrange
    const body =
      'Hearings in the case brought by South Africa against Israel resumed at the International Court of Justice ' +
      'on Thursday. Israel rejects the accusation of genocide.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['IL', 'ZA']);
    expect(pairs).toEqual(['IL-ZA']);
  });

  it('pairs the country that filed a trade complaint with its target', () => {
    // Arrange
    const body =
      'A complaint filed by Brazil against the United States at the World Trade Organization over cotton ' +
      'subsidies was upheld on Friday.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['BR', 'US']);
    expect(pairs).toEqual(['BR-US']);
  });

  it('leaves out of focus a country whose firms only made a thing', () => {
    // Arrange: "made by" is no agent of a state's act.
    const body = 'Police in Kenya seized 200 phones made by firms in China on Tuesday, officials said.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).not.toContain('CN');
    expect(pairs).toEqual([]);
  });
});
