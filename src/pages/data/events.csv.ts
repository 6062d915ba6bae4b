/** /data/events.csv: one row per event and attribution (see README, "Open data"). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../site/absolute.ts';
import { toCsv } from '../../lib/csv.ts';
import { EVENT_COLUMNS, eventRows } from '../../site/export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(EVENT_COLUMNS, await eventRows((p) => absoluteUrl(site, p))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
