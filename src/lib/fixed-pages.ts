/**
 * The pages that are not made from content, with their titles as the pages set them. Pure, so the
 * content check (src/lib/check/check-links.ts) can know them as well as the 404 page does.
 */
export const FIXED_PAGES: readonly { path: string; title: string }[] = [
  { path: '/', title: 'Home page' },
  { path: '/profile/', title: 'The whole profile' },
  { path: '/source/', title: 'The note as published' },
  { path: '/search/', title: 'Search' },
  { path: '/leaders/', title: 'Leaders and their fates' },
  { path: '/timeline/', title: 'Timeline' },
  { path: '/figures/', title: 'Figures' },
  { path: '/index/', title: 'A–Z index' },
  { path: '/people/', title: 'People' },
  { path: '/organizations/', title: 'Organizations' },
  { path: '/places/', title: 'Places' },
  { path: '/glossary/', title: 'Glossary' },
  { path: '/editions/', title: 'Editions' },
];
