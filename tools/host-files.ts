/**
 * The two files a static host such as Netlify or Cloudflare Pages reads beside the site: `_headers`
 * (headers by path pattern) and `_redirects` (`from to status`, one rule a line). Pure.
 */

export interface HeaderRule {
  /** The path pattern: `/*`, `/isk/*` or an exact path. */
  path: string;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file: a path line, then its headers indented below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a header under a path.`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a rule's path pattern matches a request path (`*` matches anything, `/` included). */
export function matchesPattern(pattern: string, path: string): boolean {
  const escaped = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`).test(path);
}

/** The headers `_headers` gives a request path, in the file's order. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => matchesPattern(r.path, path)).flatMap((r) => r.headers);
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

/** The rules of a `_redirects` file; a rule without a status is a 301, as on Netlify. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.split(/\s+/);
      if (!from || !to) throw new Error(`_redirects: "${line}" is not "from to [status]".`);
      return { from, to, status: status ? Number(status) : 301 };
    });
}
