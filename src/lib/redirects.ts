/** Pages that moved (content/redirects.yaml): the forwarding page's script and the host's rules. Pure. */
import type { Redirect } from '../schemas/redirect.ts';

/**
 * The forwarding page's script: goes to the new address (its own `data-to`) with the #section.
 * Its text never changes, so the Content-Security-Policy can allow it by its hash.
 */
export const FORWARD_SCRIPT = 'location.replace(document.currentScript.dataset.to + location.hash);';

/** Netlify / Cloudflare Pages `_redirects` rules: real 301s, which keep the #section in every browser. */
export function hostRules(redirects: readonly Redirect[], base: string): string {
  const b = base.replace(/\/$/, '');
  return redirects.map((r) => `${b}${r.from} ${b}${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
