import { MONTH_WORD, monthNumber } from './months.js';

// Wire copy writes the day it was filed into its dateline ("WASHINGTON, Nov 14 (Reuters) -", "LONDON, 3 March
// -") and often no other date: an archive of such stories uploaded in one go was dated at upload, so "this
// week's CN-US stories" held last month's (review32 D4). The day is the story's; the year, when the dateline
// gives none, is the one that puts the day on or just before the upload.

const MONTH_NAME = `(${MONTH_WORD})\\.?`;
/** "Nov 14", "Sept. 3, 2026", "November 14 2025". */
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`);
/** "3 March", "1st December, 2025". */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?:,?\\s*(\\d{4})\\b)?`);
const DAY_MS = 24 * 3600 * 1000;

/**
 * The day a dateline's English date names, as midnight UTC (ISO). Without a year the day is taken in the
 * upload's year, or the year before when that would put it more than a day after the upload ("Dec 31"
 * uploaded on Jan 2). None for a dateline without a date, an impossible day ("Feb 30"), or a written year
 * more than a day ahead.
 */
export function datelineDay(dateline: string, uploaded: string): string | undefined {
  const upload = Date.parse(uploaded);
  if (Number.isNaN(upload)) return undefined;
  const m = MONTH_DAY.exec(dateline);
  const d = m ? undefined : DAY_MONTH.exec(dateline);
  const month = monthNumber(m?.[1] ?? d?.[2]) - 1;
  const day = Number(m?.[2] ?? d?.[1]);
  const written = m?.[3] ?? d?.[3];
  if (month < 0 || !(day >= 1 && day <= 31)) return undefined;
  const uploadYear = new Date(upload).getUTCFullYear();
  const dayIn = (year: number): number | undefined => {
    const time = Date.UTC(year, month, day);
    return new Date(time).getUTCDate() === day ? time : undefined;
  };
  let time = dayIn(written !== undefined ? Number(written) : uploadYear);
  if (time !== undefined && written === undefined && time - upload > DAY_MS) time = dayIn(uploadYear - 1);
  if (time === undefined || time - upload > DAY_MS) return undefined;
  return new Date(time).toISOString();
}
