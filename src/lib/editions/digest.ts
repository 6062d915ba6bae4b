/** Canonical JSON and digests of editions: the same data always gives the same text and digest. Pure. */
import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted, so the text depends only on the data (`space` indents it). */
export function canonicalJson(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    space,
  );
}

/** `sha256-…` (base64) of an edition's data without its own `digest` field. */
export function editionDigest(edition: Record<string, unknown>): string {
  const { digest: _digest, ...rest } = edition;
  return `sha256-${createHash('sha256').update(canonicalJson(rest), 'utf8').digest('base64')}`;
}
