import { type TagDocument, toldIn } from '../text/document.js';

/**
 * The story tells golf in words of its own (fixT46, read46 on 4e3cfe67): golf, a golfer, a birdie or a bogey, par,
 * a putt, a fairway, a leaderboard, a tour, an Open or a numbered or final round, or a win or a lead "by a stroke". Only then is a win "by a stroke"
 * or "by two strokes" golf's: "was left paralysed by a stroke", "killed by a stroke" tell an illness (senses.ts,
 * the golf and health rows of "by a stroke").
 */
const GOLF_WORD =
  /\b(?:golf(?:ers?|ing)?|birdies?|bogeys?|(?:under|over|level|even) par|par(?:-\d|\s+\d)|putts?|putted|fairways?|leaderboard|tour|PGA|LPGA|(?:first|second|third|fourth|final|opening|closing)[- ]round|round of \d\d)\b/i;
/** A win or a lead by strokes: "won by a stroke from Rory McIlroy", "leads by two strokes" (no illness wins). */
const WON_BY_STROKES =
  /\b(?:won|wins?|winning|victory|title|lead|leads|led|leading|ahead|clear|beat|beating|edged|finished)\b[^.;]{0,30}\bby (?:a|one|two|three|four|five) strokes?\b/i;
/** Capitalised only: "the Open", "the Masters", "LIV" (an open mind or a masters degree tell no golf). */
const GOLF_CAPITALISED = /\b(?:Open|Masters|LIV)\b/;

export function golfTold(doc: TagDocument): boolean {
  return toldIn(doc, GOLF_WORD) || toldIn(doc, GOLF_CAPITALISED) || toldIn(doc, WON_BY_STROKES);
}
