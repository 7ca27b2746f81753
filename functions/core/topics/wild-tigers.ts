import type { FieldText, TagDocument } from '../text/document.js';

/** The animal, written in lower case: the Tamil "Tiger rebels" and a club's "Tigers" are capitalised. */
const TIGER = /\btigers?\b/;
/** Words of the animal's protection and trade: poaching, skins, a reserve, the endangered big cats. */
const WILDLIFE =
  /\b(?:poach(?:ing|ers?|ed)|wildlife|skins?|pelts?|endangered|species|wild|reserves?|conservation\w*|big cats?|cubs?)\b/i;

function wildIn(field: FieldText): boolean {
  const { text, sentences } = field;
  // Cheap test first: most stories the tiger row asks about name no tiger in lower case.
  if (!TIGER.test(text)) return false;
  if (sentences.length === 0) return WILDLIFE.test(text);
  for (const { start, end } of sentences) {
    const sentence = text.slice(start, end);
    if (TIGER.test(sentence) && WILDLIFE.test(sentence)) return true;
  }
  return false;
}

/**
 * A tiger in a sentence with a wildlife word: the animal, even in a crime-led story of poachers and
 * smugglers (read21 F12). Asked only when the tiger row's sense leans to a rival.
 */
export function wildTigerNamed(doc: TagDocument): boolean {
  return wildIn(doc.title) || wildIn(doc.body);
}
