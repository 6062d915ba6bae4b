// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { loadContent } from './src/model/index.ts';
import { noteParagraphs } from './src/model/model.ts';
import { sitemapFilter } from './src/lib/sitemap.ts';
import { noteSentences } from './src/lib/paragraph-anchors.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, sha256 } from './src/lib/security.ts';
import { FORWARD_SCRIPT } from './src/lib/redirects.ts';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import redirectRules from './src/integrations/redirect-rules.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import themeScript from './src/integrations/theme-script.ts';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';
import remarkInlineClaims from './src/plugins/remark-inline-claims.ts';
import remarkLinkMentions from './src/plugins/remark-link-mentions.ts';
import rehypeAlsoKnownAs from './src/plugins/rehype-also-known-as.ts';
import rehypeBaseLinks from './src/plugins/rehype-base-links.ts';
import rehypeFormerAnchors from './src/plugins/rehype-former-anchors.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';

// Astro's telemetry would post an event to telemetry.astro.build from every build, and the project
// sends nothing anywhere at build time (README). Astro reads this after loading the config.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// One place for the site's public address and sub-path: every absolute URL follows these.
const site = process.env.SITE_URL ?? 'https://isk-profile.example.org';
const base = process.env.BASE_PATH ?? '/';

// The content, read and parsed once (src/model/): the plugins below, the content check and the
// collections (src/content.config.ts) all take it from here.
const { model } = loadContent();
/** Records with other names, under the heading that introduces each. */
const introduced = [...model.records.people, ...model.records.organizations, ...model.records.places].map((r) => ({
  id: r.id,
  name: r.name,
  aliases: r.aliases,
  anchor: r.introducedAt,
}));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Test builds of other content run beside the main one; each gets its own cache (content store).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Stylesheets stay files, never inlined: cached across pages, and no per-page style hashes in the CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
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
    // Entries hold text only (the content check refuses code), so no highlighter is loaded; Shiki's
    // inline styles would also need 'unsafe-inline' under the Content-Security-Policy.
    syntaxHighlight: false,
    // Astro 7's default Rust processor runs no remark/rehype plugins; this one does.
    // SmartyPants is off: the note's quotes and dashes are shown exactly as published.
    processor: unified({
      remarkPlugins: [
        remarkHeadingIds,
        remarkInlineClaims,
        // The same mentions the model indexes for "Mentioned in" (src/lib/mentions.ts); their
        // root-relative links get the base path from rehype-base-links, as content links do.
        [remarkLinkMentions, { match: model.match, href: (/** @type {string} */ c, /** @type {string} */ id) => `/${c}/${id}/` }],
      ],
      rehypePlugins: [
        [rehypeAlsoKnownAs, { records: introduced }],
        [rehypeBaseLinks, { base }],
        rehypeFormerAnchors,
        // The note's sentences, to give the explorer's copies of its paragraphs their anchors (p1...).
        [rehypeParagraphIds, { note: noteSentences(noteParagraphs(model)) }],
      ],
      smartypants: false,
    }),
  },
  integrations: [
    // First: a content problem stops the build before anything is written.
    contentCheck(),
    mdx(),
    themeScript(),
    pagefind(),
    redirectRules(),
    securityHeaders(),
    // The sitemap lists every public page: not the 404 page, /data/ files or forwarding pages.
    sitemap({ filter: sitemapFilter(site, base, model.redirects) }),
  ],
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
