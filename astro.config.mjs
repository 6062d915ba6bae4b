// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { sitemapFilter } from './src/lib/sitemap.ts';
import { unified } from '@astrojs/markdown-remark';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';
import pagefind from './src/integrations/pagefind.ts';
import redirectRules from './src/integrations/redirect-rules.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import themeScript from './src/integrations/theme-script.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, sha256 } from './src/lib/security.ts';
import { FORWARD_SCRIPT } from './src/lib/redirects.ts';
import rehypeAlsoKnownAs from './src/plugins/rehype-also-known-as.ts';
import rehypeLinkMentions from './src/plugins/rehype-link-mentions.ts';
import { loadNamedRecords, nameables } from './src/lib/records-file.ts';
import { buildMatcher } from './src/lib/mentions.ts';
import { CONTENT_ROOT } from './src/lib/content-root.ts';
import rehypeFormerAnchors from './src/plugins/rehype-former-anchors.ts';
import remarkInlineClaims from './src/plugins/remark-inline-claims.ts';
import rehypeBaseLinks from './src/plugins/rehype-base-links.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import { noteSentences } from './src/lib/paragraph-anchors.ts';
import { paragraphs, parseSourceText } from './src/lib/source-text.ts';
import { readFileSync } from 'node:fs';

// One place for the site's public address and sub-path: every absolute URL follows these.
const site = process.env.SITE_URL ?? 'https://isk-profile.example.org';
const base = process.env.BASE_PATH ?? '/';

// People, organizations, places and terms, read from content/ for the Markdown plugins.
const named = loadNamedRecords(CONTENT_ROOT);
// The note's sentences, to give the explorer's copies of its paragraphs their anchors (p1...).
const note = noteSentences(paragraphs(parseSourceText(readFileSync(`${CONTENT_ROOT}/source/gp-short-note-851.txt`, 'utf8'))));
/** @param {string} path */
const withBase = (path) => base.replace(/\/?$/, '/') + path.replace(/^\//, '');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Test builds of other content run beside the main one; each gets its own cache (content store).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  // Content-Security-Policy in every page's <meta> (and in dist/_headers): src/lib/security.ts.
  // Astro hashes the scripts and styles it bundles or injects; the one `is:inline` script that
  // runs, the forwarding page's, is hashed here.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [sha256(FORWARD_SCRIPT)] },
    },
  },
  markdown: {
    // Astro 7's default Rust processor runs no remark/rehype plugins; this one does.
    // SmartyPants is off: the note's quotes and dashes are shown exactly as published.
    processor: unified({
      remarkPlugins: [remarkHeadingIds, remarkInlineClaims],
      rehypePlugins: [
        [rehypeAlsoKnownAs, { records: named.filter((r) => r.introducedAt).map((r) => ({ ...r, anchor: r.introducedAt })) }],
        // Before the mention links, which already carry the base.
        [rehypeBaseLinks, { base }],
        rehypeFormerAnchors,
        [rehypeParagraphIds, { note }],
        [
          rehypeLinkMentions,
          {
            match: buildMatcher(nameables(named)),
            /** @type {(collection: string, id: string) => string} */
            href: (collection, id) => withBase(`/${collection}/${id}/`),
          },
        ],
      ],
      smartypants: false,
    }),
  },
  // The sitemap lists every public page: not the 404 page, /data/ files or forwarding pages.
  integrations: [mdx(), themeScript(), pagefind(), redirectRules(), securityHeaders(), sitemap({ filter: sitemapFilter(site, base) })],
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with a directive the bundler warns it may drop; it is
        // harmless and reported upstream (withastro/astro#18087). Every other warning is kept.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
