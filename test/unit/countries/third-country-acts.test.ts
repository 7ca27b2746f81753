import { describe, expect, it } from 'vitest';
import { pairsOf as pairs } from './focus-and-pairs.js';

// read20 F10: in a story about two countries, a third named with one of them alone in a clause that states an
// act between them is a party to that act, not background.
describe('a third country acting on one side of a two-country story', () => {
  it('pairs a country that fires a missile off one of them', () => {
    const body =
      "SEOUL (Reuters) - South Korea's president met Japan's prime minister in Seoul on Sunday to mend ties strained by history. Japan lifted export curbs on chip materials to South Korea. The two leaders agreed to work with the United States on North Korea's missiles. North Korea fired a missile into the sea off Japan on Thursday. South Korea said ties had turned a corner.";

    expect(pairs({ title: 'South Korea, Japan leaders meet', body })).toContain('JP-KP');
  });

  it('pairs a country one side sells oil to', () => {
    const body =
      "CUCUTA, Colombia (Reuters) - Colombia and Venezuela reopened their border to cargo on Monday after seven years, as Colombian President Gustavo Petro met Venezuela's Nicolas Maduro. Venezuela depends on food imports from Colombia. Venezuela also sells oil to China to repay loans from Beijing. Colombia said trade could reach $1.2 billion.";

    expect(pairs({ title: 'Colombia, Venezuela reopen border', body })).toEqual(['CN-VE', 'CO-VE']);
  });
});
