import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import rehypeBaseLinks from '../../src/plugins/rehype-base-links.ts';

const run = (html: string, base: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeBaseLinks, { base }).use(rehypeStringify).processSync(html));

describe('rehypeBaseLinks', () => {
  it('puts the base path in front of root-relative links written in content', () => {
    expect(run('<a href="/operations/attacks/#attacks-abroad">x</a>', '/isk/')).toBe(
      '<a href="/isk/operations/attacks/#attacks-abroad">x</a>',
    );
  });

  it('leaves relative, in-page, protocol-relative and already-based links alone, and changes nothing at the root', () => {
    const html = '<a href="#a">a</a><a href="other/">b</a><a href="//x.org/">c</a><a href="/isk/y/">d</a>';
    expect(run(html, '/isk/')).toBe(html);
    expect(run('<a href="/y/">y</a>', '/')).toBe('<a href="/y/">y</a>');
  });
});
