import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';

/** The headline's word of a regulator's penalty or an antitrust case: "EU fines Google", "Apple hit with fine". */
const PENALTY = /\b(?:fines?|fined|fining|penalt(?:y|ies)|penalised|penalized|antitrust|anti-trust)\b/i;

/**
 * Monopoly as a charge: "monopoly", "monopolise", "Monopolised" — but not "Monopoly", capitalised and singular,
 * the board game and the films and shows of it ("Margot Robbie's Monopoly movie gets release date").
 * Case-sensitive on purpose.
 */
const MONOPOLY_CHARGE = /\b(?:monopol\w*|Monopol(?!y\b)\w*)/;

/**
 * Words of competition law, in the headline or the lead: the penalty is a competition regulator's, not a
 * court's fine for a crime or a data-protection authority's. Names of laws and authorities ("Digital Markets
 * Act", "Competition and Markets Authority") and the abuse of a dominant position.
 */
const COMPETITION =
  /\b(?:antitrust|anti-trust|competition (?:law|laws|rules|authority|watchdog|regulator|chief|commissioner|probe|case|concerns|tribunal)|Competition and Markets Authority|Competition Commission|Federal Trade Commission|Digital Markets Act|dominant (?:market )?position|anti-competitive|anticompetitive)\b/i;

const isCompetitionWord = (text: string): boolean => COMPETITION.test(text) || MONOPOLY_CHARGE.test(text);

/**
 * A competition regulator's fine or an antitrust case in the headline ("EU fines Apple and Meta under Digital
 * Markets Act", "Google hit with record antitrust penalty", "Judge rules Meta did not illegally monopolise
 * social networking"), with competition law named in the headline or the lead: a business desk files it
 * (competition among firms) before the technology or the media of the products the firm sells; score.ts
 * raises business information above that setting where science and technology or the arts lead. A privacy
 * fine, a court's fine for a crime, a footballer's penalty or the Monopoly board game names no competition law.
 */
export function competitionCaseInTitle(doc: TagDocument, lead: number): boolean {
  const title = doc.title.text;
  if (!PENALTY.test(title) && !MONOPOLY_CHARGE.test(title)) return false;
  if (isCompetitionWord(title)) return true;
  return isCompetitionWord(sentenceTextOf(doc.body, lead));
}

/**
 * A case under the law: a ruling, a probe, a fine, an appeal, sanctions, charges, a complaint, a breach, an abuse, a
 * settlement, remedies ordered, a statement of objections, a cartel, a raid, a merger blocked, referred or cleared.
 * "The government said the antitrust rules would not stop a bid" names the law in passing, no case (read51 R17).
 */
const CASE_TOLD =
  /\b(?:rulings?|ruled|case|cases|probes?|probing|investigat\w*|inquiry|inquiries|fines?|fined|appeal\w*|sanctions|lawsuits?|sued|suing|complaints?|breach\w*|violat\w*|abus\w*|settle\w*|penalt\w*|accused|charges?|charged|blocked|blocks|refer|refers|referred|referral|cleared|clears|clearance|remed(?:y|ies)|objections?|ordered|orders?|cartels?|raided|raids?|found guilty)\b/i;

/** Competition law and a case under it, told in one text: the headline, or the lead. */
const caseUnderCompetitionLaw = (text: string): boolean => isCompetitionWord(text) && CASE_TOLD.test(text);

/**
 * Competition law and a case under it named in the headline or the lead ("Microsoft has lost its bid to suspend
 * European Union sanctions while it appeals against an antitrust ruling", wild50 T15): with a firm named there,
 * score.ts files the case under business where politics leads through the regulator (the EU, its "sanctions"), as a
 * business desk does. The law named in passing in a political row ("the government said the antitrust rules would
 * not stop a bid by Shanghai Automotive", read51 R17) tells no case: that story stays politics.
 */
export function competitionLawInTitleOrLead(doc: TagDocument, lead: number): boolean {
  return (
    caseUnderCompetitionLaw(doc.title.text) ||
    (lead >= 0 && caseUnderCompetitionLaw(sentenceTextOf(doc.body, lead)))
  );
}
