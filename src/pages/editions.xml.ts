/** /editions.xml: an Atom feed of the editions, one item per edition, linking to its redlines. */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { sectionChanges } from '../lib/editions/index.ts';
import { absoluteUrl } from '../site/absolute.ts';
import { editionLabel, loadEditions } from '../site/editions.ts';
import { loadSite } from '../site/profile.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => absoluteUrl(site, path);
  const { history } = loadEditions();
  const { name } = await loadSite();
  const latest = history.at(-1)?.edition.date ?? '2024-03-28';
  const feed = new Feed({
    title: `${name}: editions`,
    description: 'Each edition of the IS-K profile: what changed, section by section.',
    id: abs('/editions/'),
    link: abs('/editions/'),
    language: 'en',
    // The feed changes only with an edition, so a build on another day writes the same file.
    updated: new Date(`${latest}T00:00:00Z`),
    copyright: 'The note’s text is its author’s; the editors’ notes are the site’s.',
    feedLinks: { atom: abs('/editions.xml') },
  });
  history.forEach(({ edition, state }, i) => {
    const prior = history[i - 1]?.state ?? { entries: new Map(), sections: new Map() };
    const changes = sectionChanges(prior, edition);
    const items = changes.map((c) => {
      const heading = state.sections.get(c.id)?.heading ?? prior.sections.get(c.id)?.heading ?? c.id;
      return `<li>${c.kind}: <a href="${escape(abs(`/editions/${edition.date}/#change-${c.id}`))}">${escape(heading)}</a></li>`;
    });
    feed.addItem({
      title: editionLabel(edition.date),
      id: abs(`/editions/${edition.date}/`),
      link: abs(`/editions/${edition.date}/`),
      date: new Date(`${edition.date}T00:00:00Z`),
      description: edition.note,
      content: `<p>${escape(edition.note)}</p><ul>${items.join('')}</ul>`,
    });
  });
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
