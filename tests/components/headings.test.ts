import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import HeadingLink from '../../src/components/HeadingLink.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';
import EditorNote from '../../src/components/EditorNote.astro';

let container: AstroContainer;

/** Rendered HTML without the source-location attributes Astro adds in development. */
async function render(...args: Parameters<AstroContainer['renderToString']>): Promise<string> {
  const html = await container.renderToString(...args);
  return html.replace(/\s+data-astro-[\w-]+(="[^"]*")?/g, '');
}
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('HeadingLink', () => {
  it('renders the heading with its id and a link to itself named after the heading', async () => {
    const html = await render(HeadingLink, {
      props: { id: 'ghafari-killed', level: 2 },
      slots: { default: 'Sanaullah Ghafari <em>killed</em>' },
    });
    expect(html).toContain('<h2 id="ghafari-killed">Sanaullah Ghafari <em>killed</em></h2>');
    expect(html).toMatch(/<a class="heading__link" href="#ghafari-killed" data-pagefind-ignore>/);
    expect(html).toContain('Link to this section: Sanaullah Ghafari killed');
    // The link is beside the heading, so the heading's own text stays the heading alone.
    expect(html.indexOf('</h2>')).toBeLessThan(html.indexOf('heading__link'));
  });

  it('renders the level it is given', async () => {
    const html = await render(HeadingLink, { props: { id: 'x', level: 4 }, slots: { default: 'X' } });
    expect(html).toContain('<h4 id="x">X</h4>');
  });
});

describe('TableOfContents', () => {
  it('lists h2s with their h3s nested, linking to their ids', async () => {
    const html = await render(TableOfContents, {
      props: {
        headings: [
          { depth: 2, slug: 'a', text: 'Alpha' },
          { depth: 3, slug: 'a-1', text: 'Alpha one' },
          { depth: 2, slug: 'b', text: 'Beta' },
        ],
      },
    });
    expect(html).toMatch(/<nav class="toc" aria-labelledby="toc-heading"[^>]*>/);
    expect(html).toContain(
      '<ol><li><a href="#a">Alpha</a><ol><li><a href="#a-1">Alpha one</a></li></ol></li><li><a href="#b">Beta</a></li></ol>',
    );
  });

  it('renders nothing for an entry without headings', async () => {
    const html = await render(TableOfContents, { props: { headings: [] } });
    expect(html.trim()).toBe('');
  });
});

describe('EditorNote', () => {
  it('marks the editors’ words as theirs, with the kind’s label', async () => {
    const html = await render(EditorNote, { props: { kind: 'undated' }, slots: { default: '<p>No date.</p>' } });
    expect(html).toMatch(/<div class="editor-note" role="note" data-editorial data-kind="undated"/);
    expect(html).toContain('Editors’ note');
    expect(html).toContain('No date given in the note');
  });
});
