/** /data/figures.csv: one row per figure and attribution (see README, "Open data"). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../site/absolute.ts';
import { toCsv } from '../../lib/csv.ts';
import { FIGURE_COLUMNS, figureRows } from '../../site/export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(FIGURE_COLUMNS, await figureRows((p) => absoluteUrl(site, p))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
