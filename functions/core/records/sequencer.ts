/**
 * S3 `sequencer` values of one key order its events. They are hex strings of varying length: compare
 * them after left-padding to a common width. Stored padded, so DynamoDB string comparison in condition
 * expressions (`seq < :seq`) orders them too.
 */
export const SEQUENCER_WIDTH = 40;

export function normalizeSequencer(sequencer: string): string {
  const hex = sequencer.trim().toUpperCase();
  if (!/^[0-9A-F]+$/.test(hex) || hex.length > SEQUENCER_WIDTH) {
    throw new Error(`not an S3 sequencer: ${JSON.stringify(sequencer)}`);
  }
  return hex.padStart(SEQUENCER_WIDTH, '0');
}

/** Negative when a is older than b, zero when equal, positive when newer. */
export function compareSequencers(a: string, b: string): number {
  const left = normalizeSequencer(a);
  const right = normalizeSequencer(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A stand-in for events that carry no sequencer: the event time in milliseconds, as hex. */
export function sequencerFromTime(isoTime: string): string {
  return normalizeSequencer(Date.parse(isoTime).toString(16));
}
