import { type TagDocument, toldIn } from '../text/document.js';
import { armedWords, FIGHTERS, WAR_FIRE } from './armed-words.js';

/**
 * The story tells a war in words of its own (fixT46, read46 on 4e3cfe67): fighters (troops, soldiers, rebels), a
 * war's fire (shelling, artillery, air strikes), an army or an invasion. Then "the front line" is the
 * war's even where health weighs more ("medics on the front line near Pokrovsk treat wounded soldiers"), while
 * nurses "on the front line of the pandemic" or a coach's "front line" tell none (senses.ts, the front line row).
 */
const WAR_WORDS = armedWords(FIGHTERS, WAR_FIRE, 'army|armies|shelled|invasion');

export function warWordsTold(doc: TagDocument): boolean {
  return toldIn(doc, WAR_WORDS);
}
