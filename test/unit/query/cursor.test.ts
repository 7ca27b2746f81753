import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, queryBinding } from '../../../functions/core/query/cursor.js';

const binding = queryBinding(['articles', 'country|US', '2026-11-01', '2026-11-30~']);
const position = '2026-11-29T08:15:00.000Z#k3V9xq2LrT0bWm4A';

describe('cursor', () => {
  it('round-trips a position for the query it was issued for', () => {
    const token = encodeCursor(binding, position, 'a-secret-of-at-least-thirty-two-chars');

    expect(decodeCursor(token, binding, 'a-secret-of-at-least-thirty-two-chars')).toEqual({
      ok: true,
      position,
    });
  });

  it('does not show the position in clear text', () => {
    expect(encodeCursor(binding, position, undefined)).not.toContain('2026-11-29');
  });

  it('reports a cursor of another query as foreign', () => {
    const other = queryBinding(['articles', 'country|FR', '2026-11-01', '2026-11-30~']);
    const token = encodeCursor(other, position, undefined);

    expect(decodeCursor(token, binding, undefined)).toEqual({ ok: false, error: 'foreign' });
  });

  it('reports an edited payload as tampered', () => {
    const token = encodeCursor(binding, position, undefined);
    const [payload = '', tag = ''] = token.split('.');
    const edited = Buffer.from(
      Buffer.from(payload, 'base64url').toString('utf8').replace('2026-11-29', '2026-11-01'),
    ).toString('base64url');

    expect(decodeCursor(`${edited}.${tag}`, binding, undefined)).toEqual({ ok: false, error: 'tampered' });
  });

  it('rejects a cursor signed with another secret', () => {
    const token = encodeCursor(binding, position, 'one-secret-of-at-least-thirty-two-chars');

    expect(decodeCursor(token, binding, 'another-secret-of-at-least-thirty-two')).toEqual({
      ok: false,
      error: 'tampered',
    });
  });

  it.each(['', 'abc', 'a.b', 'not base64!.aaaaaaaaaaaaaaaaaaaaaa'])('rejects %j as malformed', (token) => {
    expect(decodeCursor(token, binding, undefined)).toEqual({ ok: false, error: 'malformed' });
  });

  it('binds to every part of the query, including missing ones', () => {
    expect(queryBinding(['entities', 'han', undefined])).not.toBe(
      queryBinding(['entities', 'han', 'person']),
    );
  });
});
