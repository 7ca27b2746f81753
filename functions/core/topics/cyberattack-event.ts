import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';

/**
 * An attack on computers named in the headline, in its subject or an adjunct ("Carmaker halts production after
 * ransomware attack"). A trend or a product names no victim's attack ("Cyber crime booms", "Firm launches
 * ransomware shield"): the lead below must tell of one.
 */
const ATTACK_IN_TITLE =
  /\b(?:ransomware|cyber[- ]?attack(?:s|ed)?|cyber incident|hack(?:ed)?|data breach|hackers? (?:breach|stole|steal|hit|attack|target|infiltrat|broke into|break into)\w*)\b/i;
/** The attack told in the lead or the sentence after, as something that happened to someone. */
const ATTACK_TOLD =
  /\b(?:ransomware|cyber[- ]?attack(?:s|ed)?|cyber incident|hack(?:ed|ers?)|breach(?:ed)?|malware|stolen data|data (?:was|were) stolen|encrypted (?:its|their) (?:systems|files|servers))\b/i;
/** What shows the attack hit a victim: systems shut, services down, data taken, a ransom. */
const HARM =
  /\b(?:halt(?:ed|s)?|shut (?:down|off)|disrupt(?:ed|ion|ions|s)?|offline|knocked out|crippl(?:ed|es)|stole|stolen|leaked|ransom|down|suspend(?:ed|s)?|compromis(?:ed|es)|breached|exposed|paralys(?:ed|es)|broke into|intercept(?:ed|ing)|infiltrat(?:ed|ing)|gained access)\b/i;

/**
 * A cyberattack on a firm, a hospital or a city that the headline and the lead tell of ("Carmaker halts
 * production after ransomware attack" / "a ransomware attack crippled its computer systems") is filed as
 * crime › cyber crime first, as a desk files an attack: the victim's cars, shares and IT systems are its
 * setting, as a museum is a heist's. The lead or the sentence after must tell of the attack and of harm
 * (systems shut, data stolen, a ransom), so an advice column on phishing or a security vendor's product
 * launch keeps its technology desk.
 */
export function cyberattackInTitleAndLead(doc: TagDocument, lead: number): boolean {
  if (!ATTACK_IN_TITLE.test(doc.title.text)) return false;
  for (const index of [lead, lead + 1]) {
    const sentence = sentenceTextOf(doc.body, index);
    if (ATTACK_TOLD.test(sentence) && HARM.test(sentence)) return true;
  }
  return false;
}
