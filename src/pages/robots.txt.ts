import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/absolute.ts';

/** Every crawler may read every page; the sitemap's address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
