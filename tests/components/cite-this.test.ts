import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CiteThis from '../../src/components/CiteThis.astro';
import { apa, bibtex, ris, toPlainText, type CitationInput } from '../../src/lib/citation/index.ts';

let container: AstroContainer;

/** Rendered HTML without the source-location attributes Astro adds in development. */
async function render(...args: Parameters<AstroContainer['renderToString']>): Promise<string> {
  const html = await container.renderToString(...args);
  return html.replace(/\s+data-astro-[\w-]+(="[^"]*")?/g, '');
}

/** Text as a browser's textContent would give it: tags dropped, the few entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The inner HTML of the element with this id. */
function byId(html: string, id: string): string {
  const m = new RegExp(`<(\\w+)[^>]* id="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  if (!m) throw new Error(`No element with id "${id}" in the rendered HTML.`);
  return m[2]!;
}

const citation: CitationInput = {
  authors: ['Alka Bala'],
  title: 'Islamic State Khorasan (IS-K): A profile',
  series: 'GP Short Notes',
  number: 851,
  date: '2024-03-28',
  siteName: 'IS-K Profile Explorer',
  pageTitle: 'Leaders killed and the Taliban’s campaign against IS-K',
  sectionTitle: 'Sanaullah Ghafari killed by the Taliban’s forces',
  url: 'https://isk-profile.example.org/leadership/leaders-killed/#ghafari-killed',
  properNouns: ['Islamic State Khorasan', 'IS-K', 'Taliban', 'Sanaullah Ghafari'],
};

beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('CiteThis', () => {
  it('is a closed details block named by its label, left out of search', async () => {
    const html = await render(CiteThis, { props: { citation, label: 'Cite this section', id: 'cite-ghafari' } });
    expect(html).toMatch(/<details class="cite" data-pagefind-ignore>\s*<summary class="cite__summary">Cite this section<\/summary>/);
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it('shows all five styles, labelled in a list rather than by headings', async () => {
    const html = await render(CiteThis, { props: { citation, label: 'Cite this section', id: 'cite-ghafari' } });
    const terms = [...html.matchAll(/<dt class="cite__style">(.*?)<\/dt>/g)].map((m) => m[1]);
    expect(terms).toEqual([
      'APA (7th ed.), reference',
      'APA (7th ed.), in-text citation',
      'Chicago (17th ed.), bibliography entry',
      'Chicago (17th ed.), first note',
      'MLA (9th ed.), works-cited entry',
      'BibTeX',
      'RIS',
    ]);
    expect(html).not.toMatch(/<h[1-6]/);
  });

  it('renders each citation whole, with the titles the style wants in italics as <cite>', async () => {
    const html = await render(CiteThis, { props: { citation, label: 'Cite this section', id: 'cite-ghafari' } });
    expect(textOf(byId(html, 'cite-ghafari-apa'))).toBe(toPlainText(apa(citation).reference));
    expect(byId(html, 'cite-ghafari-apa')).toContain('<cite>Islamic State Khorasan (IS-K): A profile</cite>');
    expect(byId(html, 'cite-ghafari-mla')).toContain('<cite>IS-K Profile Explorer</cite>');
    expect(byId(html, 'cite-ghafari-chicago')).not.toContain('<cite>');
  });

  it('shows BibTeX and RIS as code, RIS marked to be copied with CR LF line ends', async () => {
    const html = await render(CiteThis, { props: { citation, label: 'Cite this section', id: 'cite-ghafari' } });
    expect(html).toMatch(/<pre class="cite__code" id="cite-ghafari-bibtex"><code>@techreport\{bala2024isk-ghafari-killed,/);
    expect(html).toMatch(/<pre class="cite__code" id="cite-ghafari-ris" data-crlf[^>]*><code>TY {2}- RPRT\n/);
    expect(textOf(byId(html, 'cite-ghafari-bibtex'))).toBe(bibtex(citation));
    expect(textOf(byId(html, 'cite-ghafari-ris'))).toBe(ris(citation).replace(/\r\n/g, '\n'));
    expect(html).not.toContain('\r');
  });

  it('renders a copy button per citation, hidden until a script finds the clipboard, pointing at its text', async () => {
    const html = await render(CiteThis, { props: { citation, label: 'Cite this section', id: 'cite-ghafari' } });
    const buttons = [...html.matchAll(/<button[^>]*>/g)].map((m) => m[0]);
    expect(buttons).toHaveLength(7);
    for (const button of buttons) {
      expect(button).toMatch(/\shidden(\s|>|=)/);
      const target = /data-copy="([^"]+)"/.exec(button)?.[1];
      expect(html).toContain(`id="${target}"`);
    }
    expect(html).toContain('Copy<span class="visually-hidden"> RIS</span>');
    expect(html.match(/<span class="cite__status" aria-live="polite" data-copy-status><\/span>/g)).toHaveLength(7);
  });

  it('asks for the access date only when the citation has none', async () => {
    const without = await render(CiteThis, { props: { citation, label: 'Cite this section', id: 'a' } });
    expect(without).toContain('class="cite__hint"');
    const withDate = await render(CiteThis, {
      props: { citation: { ...citation, accessed: '2025-09-07' }, label: 'Cite this section', id: 'b' },
    });
    expect(withDate).not.toContain('class="cite__hint"');
    expect(withDate).toContain('Retrieved September 7, 2025, from');
  });

  it('prefixes every id with its own, so two blocks can share a page', async () => {
    const html = await render(CiteThis, { props: { citation, label: 'Cite this page', id: 'cite-page' } });
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBe(7);
    for (const id of ids) expect(id.startsWith('cite-page-')).toBe(true);
  });
});
