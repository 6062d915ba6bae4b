/** /data/profile.json: every record of the profile, with page and section URLs (see README, "Open data"). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../site/absolute.ts';
import { buildProfileData } from '../../site/export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await buildProfileData((p) => absoluteUrl(site, p)), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
