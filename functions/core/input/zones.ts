/**
 * Offsets of the time-zone names feeds write after an RFC 2822 time ("Sat, 07 Jun 2025 08:00:00 BST")
 * that Date.parse does not know (it knows GMT, UT, UTC, Z and the four US zones). IST is India's
 * (+05:30), as Indian papers' feeds write it; Ireland's summer time is written IST more rarely.
 * Ambiguous names (AST, CST for China) are left to Date.parse or left unread.
 */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  WET: '+0000',
  BST: '+0100',
  WEST: '+0100',
  CET: '+0100',
  WAT: '+0100',
  CEST: '+0200',
  EET: '+0200',
  CAT: '+0200',
  SAST: '+0200',
  EEST: '+0300',
  MSK: '+0300',
  EAT: '+0300',
  PKT: '+0500',
  IST: '+0530',
  WIB: '+0700',
  HKT: '+0800',
  SGT: '+0800',
  PHT: '+0800',
  AWST: '+0800',
  JST: '+0900',
  KST: '+0900',
  ACST: '+0930',
  AEST: '+1000',
  ACDT: '+1030',
  AEDT: '+1100',
  NZST: '+1200',
  NZDT: '+1300',
  HST: '-1000',
  AKST: '-0900',
  AKDT: '-0800',
};

/** A trailing upper-case zone name after a time, as feeds write it. */
const TRAILING_ZONE = /(\d\d)\s+([A-Z]{3,4})$/;

/** The text with a known trailing zone name replaced by its offset; the text unchanged otherwise. */
export function withZoneOffset(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last < 65 || last > 90) return text;
  const m = TRAILING_ZONE.exec(text);
  const offset = m ? ZONE_OFFSETS[m[2]!] : undefined;
  return offset ? `${text.slice(0, m!.index + 2)} ${offset}` : text;
}
