import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Pagination cursors: opaque to clients, bound to the query that produced them, tamper-evident.
 *
 * A cursor is `<payload>.<tag>`, both base64url. The payload holds a version, a digest of the normalised
 * query (`binding`) and the position to continue from (a sort key). The tag is an HMAC-SHA-256 of the
 * payload when a secret is configured (forging one then needs the secret), otherwise a plain SHA-256
 * (edits are still detected, but a determined client could mint a cursor; the position is re-checked
 * against the query's range either way, so a forged cursor can only skip within that query's results).
 */

const VERSION = 1;
const TAG_CHARS = 22; // 132 bits of the digest

export type CursorError = 'malformed' | 'tampered' | 'foreign';

export type DecodedCursor =
  | { readonly ok: true; readonly position: string }
  | { readonly ok: false; readonly error: CursorError };

/** A short, stable digest of the parts that define a query (route, filters, range; not the page size). */
export function queryBinding(parts: readonly (string | undefined)[]): string {
  const text = JSON.stringify(parts.map((p) => p ?? null));
  return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 16);
}

function tagOf(payload: string, secret: string | undefined): string {
  const digest = secret
    ? createHmac('sha256', secret).update(payload, 'utf8').digest('base64url')
    : createHash('sha256').update(payload, 'utf8').digest('base64url');
  return digest.slice(0, TAG_CHARS);
}

export function encodeCursor(binding: string, position: string, secret: string | undefined): string {
  const payload = Buffer.from(JSON.stringify({ v: VERSION, b: binding, p: position }), 'utf8').toString(
    'base64url',
  );
  return `${payload}.${tagOf(payload, secret)}`;
}

const CURSOR_SHAPE = /^[A-Za-z0-9_-]{1,2000}\.[A-Za-z0-9_-]{22}$/;

export function decodeCursor(token: string, binding: string, secret: string | undefined): DecodedCursor {
  if (!CURSOR_SHAPE.test(token)) return { ok: false, error: 'malformed' };
  const [payload = '', tag = ''] = token.split('.');
  const expected = Buffer.from(tagOf(payload, secret));
  if (!timingSafeEqual(expected, Buffer.from(tag))) return { ok: false, error: 'tampered' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  const body = parsed as { v?: unknown; b?: unknown; p?: unknown };
  if (body?.v !== VERSION || typeof body.b !== 'string' || typeof body.p !== 'string' || body.p === '') {
    return { ok: false, error: 'malformed' };
  }
  if (body.b !== binding) return { ok: false, error: 'foreign' };
  return { ok: true, position: body.p };
}
