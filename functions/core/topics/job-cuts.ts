import type { FieldText, TagDocument } from '../text/document.js';

/**
 * Jobs cut with their number (wild49 T7): "Nestle said it would cut 16,000 jobs", "Volkswagen will axe 35,000 jobs",
 * "UPS eliminated 48,000 positions", "Amazon said it would cut about 14,000 corporate roles", "Microsoft will slash 4%
 * of its workforce", "about 2,000 staff would be made redundant". The lexicon's "cut jobs", "axe jobs" and "job cuts"
 * need their words side by side, and a number between them breaks the phrase, so a firm's layoffs, written as every
 * desk writes them, had no layoffs and downsizing topic.
 *
 * A verb of cutting, a number (a count, thousands, a share of the workforce), at most two words more ("corporate",
 * "administrative", "white-collar"), then the jobs, roles, positions, posts, staff, workers or employees; or a count of
 * staff or jobs that "will be made redundant", "laid off", "cut" or "lost"; or a workforce or headcount cut "by" a
 * number; or plants, factories, stores or branches closed by the number ("close seven plants"); or jobs put at risk
 * with their number ("putting 3,000 jobs at risk", "500 jobs are at risk"). A vague count is a number too: "several
 * hundred", "a few thousand", "dozens of" (wild50 T8: "TikTok is to cut several hundred jobs" had no layoffs). Not an economy's jobs report: a sentence that names payrolls, employers at large, the economy or a sector
 * ("US employers cut 32,000 jobs in October", "the manufacturing sector shed 10,000 jobs") is employment statistics.
 */
const NUMBER = String.raw`(?:(?:about|some|around|roughly|nearly|almost|up\s+to|more\s+than|over|at\s+least|another|a\s+further|an\s+additional|as\s+many\s+as)\s+)?(?:[$\u20AC\u00A3]?\d[\d,.]{0,15}\s*(?:%|per\s*cent|percent|thousand|million|k)?|hundreds|thousands|tens\s+of\s+thousands|(?:several|a\s+few)\s+(?:hundred|thousand)|dozens)`;
const CUT = String.raw`(?:cut|cuts|cutting|axe|axes|axed|axing|shed|sheds|shedding|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|lay(?:s|ing)?\s+off|laid\s+off|trim(?:s|med|ming)?|scrap(?:s|ped|ping)?)`;
const JOBS = '(?:jobs|roles|positions|posts|staff|staffers|workers|employees|people|workforce|headcount)';
const JOB_CUTS = new RegExp(
  String.raw`\b${CUT}\s+${NUMBER}\s+(?:of\s+(?:its|their|the\s+company's|the\s+group's)\s+)?(?:[\w-]+\s+){0,2}?${JOBS}\b` +
    String.raw`|\b${NUMBER}\s+(?:[\w-]+\s+){0,1}?(?:jobs|roles|positions|posts|staff|workers|employees)\s+(?:will|would|are\s+to|are\s+set\s+to|could)\s+(?:be\s+(?:made\s+redundant|laid\s+off|cut|axed|lost|eliminated)|go|lose\s+their\s+jobs)\b` +
    String.raw`|\b${CUT}\s+(?:its|their|the)\s+(?:workforce|headcount|staff)\s+by\s+${NUMBER}` +
    String.raw`|\b(?:putting|puts|put|placing|places|leaving|leaves|left)\s+${NUMBER}\s+(?:of\s+)?(?:[\w-]+\s+){0,1}?(?:jobs|roles|posts|positions)\s+at\s+risk\b` +
    String.raw`|\b${NUMBER}\s+(?:[\w-]+\s+){0,1}?(?:jobs|roles|posts|positions)\s+(?:are|were|is|now|could\s+be)\s+(?:now\s+)?at\s+risk\b` +
    String.raw`|\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\s+(?:${NUMBER}|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several)\s+(?:[\w-]+\s+)?(?:plants|factories|stores|shops|branches|sites|mills|mines|offices)\b`,
  'gi',
);
/** What a jobs report says: an economy's, a sector's or the employers' jobs at large. */
const JOBS_REPORT =
  /\b(?:payrolls?|non-?farm|employers|the\s+economy|economy\s+(?:shed|lost|cut)|private\s+sector|public\s+sector|sector|industries|labou?r\s+market|jobs\s+report|unemployment\s+rate|jobless\s+rate|statistics|figures\s+showed)\b/i;
/** A quick look before the pattern: a word of jobs. */
const JOB_WORD =
  /\b(?:jobs|roles|positions|posts|staff|staffers|workers|employees|people|workforce|headcount|plants|factories|stores|shops|branches|sites|mills|mines|offices)\b/i;

/**
 * A second look, for a word every match of JOB_CUTS holds, so a text without one never compiles that long pattern:
 * the start of a verb of CUT or of closing, or the jobs of its second reading right before its verb ("2,000 jobs
 * will go").
 */
const CUT_WORD =
  /\b(?:cut|ax|shed|eliminat|slash|lay|laid|trim|scrap|clos|shut)|(?:jobs|roles|positions|posts|staff|workers|employees)\s+(?:will|would|are|could)\b|\bat\s+risk\b/i;

/** The job cuts the field tells, as written, and how many sentences tell them. */
export function jobCutsIn({ text, sentences }: FieldText): [string, number] | undefined {
  if (!CUT_WORD.test(text) || !JOB_WORD.test(text)) return undefined;
  let first: string | undefined;
  let count = 0;
  JOB_CUTS.lastIndex = 0;
  let lastSentence = -1;
  let s = 0;
  for (let m = JOB_CUTS.exec(text); m !== null; m = JOB_CUTS.exec(text)) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= m.index) s++;
    const sentence = sentences[s];
    const said = sentence ? text.slice(sentence.start, sentence.end) : text;
    if (s === lastSentence || JOBS_REPORT.test(said)) continue;
    lastSentence = s;
    first ??= m[0];
    count++;
  }
  return first === undefined ? undefined : [first, count];
}

/** A headline's job cuts count as the lexicon's title words do (score.ts TITLE_WEIGHT). */
const TITLE_COUNT = 2.5;

/**
 * The job cuts the headline or the body tells (see `JOB_CUTS`): the first as written, and how many sentences tell them
 * (a headline's counting 2.5), or undefined.
 */
export function jobCutsTold(doc: TagDocument): [string, number] | undefined {
  const title = jobCutsIn(doc.title);
  const body = jobCutsIn(doc.body);
  if (!title && !body) return undefined;
  return [(title ?? body)?.[0] ?? '', TITLE_COUNT * (title?.[1] ?? 0) + (body?.[1] ?? 0)];
}
