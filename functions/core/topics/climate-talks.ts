import { titleSubject } from './signals.js';

/** The UN's climate talks by name: "COP28", "COP talks", "UN climate summit", "climate negotiations". */
const CLIMATE_TALKS =
  /\bCOP ?\d{1,2}\b|\bCOP (?:talks|summit|conference|meeting)\b|\bclimate (?:talks|summit|conference|negotiations|negotiators|deal|accord|pact)\b/i;

/**
 * The headline's subject names the climate talks ("COP talks in Belém stall over finance as deadline
 * passes", "UN climate summit stalls over coal pledge"): a desk files them under climate change, before the
 * diplomacy of the ministers who negotiate and the coal, oil and finance they negotiate over (review21
 * r21-39). score.ts puts climate change just above that setting where the story has a clear climate word.
 */
export function climateTalksInTitle(title: string): boolean {
  const subject = titleSubject(title);
  return CLIMATE_TALKS.test(SUMMARY_OF.test(subject) ? title : subject);
}

/**
 * A headline whose subject only sums up what follows "from" (fixT48, wild48 ★2): "Five takeaways from the COP30
 * climate summit", "Key points from the climate talks", "What we learned from COP29": the talks are the subject.
 */
const SUMMARY_OF =
  /^\s*(?:(?:the|our)\s+)?(?:(?:top|\d+|three|four|five|six|seven|eight|nine|ten)\s+)*(?:(?:key|main|big|biggest)\s+)?(?:takeaways?|things|lessons|highlights|points|moments|outcomes|what\s+we\s+(?:learned|learnt|know))\s*$/i;
