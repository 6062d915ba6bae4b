/** Text as a slug: "Ghōr Province" → "ghor-province"; text with no letter or digit → "". */
export function slugify(text: string): string {
  return (
    text
      // Compatibility decomposition also spells out ligatures and full-width forms ("ﬁ" → "fi").
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}
