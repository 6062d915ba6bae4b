import { describe, expect, it } from 'vitest';
import { properNounsOf, sentenceCase, titleCase } from '../../src/lib/citation/index.ts';
import { loadContent } from '../../src/model/index.ts';
import { CONTENT } from '../support/content.ts';
import { PROPER_NOUNS } from '../support/citation.ts';

const { model } = loadContent(CONTENT);

/** Every entry title and section heading of the site, as the content model reads them. */
function siteTitles(): string[] {
  return model.entries.flatMap((e) => [...(e.data ? [e.data.title] : []), ...e.headings.filter((h) => h.id).map((h) => h.text)]);
}

/** The proper nouns the pages derive: the real records, and the real source's series and authors. */
function realProperNouns(): string[] {
  const { people, organizations, places, glossary } = model.records;
  const records = [
    ...people.map((r) => ({ collection: 'people', ...r })),
    ...organizations,
    ...places,
    ...glossary.map((r) => ({ name: r.term, aliases: r.aliases })),
  ];
  return properNounsOf(
    records,
    model.sources.flatMap((s) => [s.series, ...s.authors]),
  );
}

describe('properNounsOf', () => {
  it('takes names and aliases, splitting off an abbreviation in parentheses', () => {
    const nouns = properNounsOf([{ name: 'Tehrik-e Taliban Pakistan (TTP)', aliases: [{ text: 'Pakistani Taliban' }] }]);
    expect(nouns).toEqual(expect.arrayContaining(['Tehrik-e Taliban Pakistan', 'TTP', 'Pakistani Taliban']));
    expect(nouns).not.toContain('Tehrik-e Taliban Pakistan (TTP)');
  });

  it('keeps a name in headline style whole, so its common words are not names on their own', () => {
    const nouns = properNounsOf([{ name: 'Islamic State (IS)', aliases: [{ text: 'Islamic State of Iraq and Syria' }] }]);
    expect(nouns).toEqual(expect.arrayContaining(['Islamic State', 'IS', 'Islamic State of Iraq and Syria']));
    expect(nouns).not.toContain('State');
    expect(nouns).not.toContain('Iraq');
  });

  it('takes each capitalised run of a name written in sentence style as a name', () => {
    const nouns = properNounsOf([
      { name: 'Haqqani network', aliases: [] },
      { name: 'Russian embassy in Kabul', aliases: [] },
    ]);
    expect(nouns).toEqual(expect.arrayContaining(['Haqqani', 'Russian', 'Kabul']));
    expect(nouns.some((n) => /network|embassy/.test(n))).toBe(false);
  });

  it('adds a person’s family name alone, and no one else’s last word', () => {
    const nouns = properNounsOf([
      { collection: 'people', name: 'Qassem Soleimani', aliases: [] },
      { collection: 'organizations', name: 'United States', aliases: [] },
    ]);
    expect(nouns).toEqual(expect.arrayContaining(['Qassem Soleimani', 'Soleimani', 'United States']));
    expect(nouns).not.toContain('States');
  });

  it('leaves out lowercase terms and an alias that only capitalises one', () => {
    const nouns = properNounsOf([
      { collection: 'glossary', name: 'caliphate', aliases: [{ text: 'Caliphate' }, { text: 'Islamic Caliphate' }] },
      { collection: 'glossary', name: 'Sharia', aliases: [{ text: 'Shariah' }] },
    ]);
    expect(nouns).toEqual(expect.arrayContaining(['Islamic Caliphate', 'Sharia', 'Shariah']));
    expect(nouns).not.toContain('caliphate');
    expect(nouns).not.toContain('Caliphate');
  });

  it('adds the names given besides the records, and the months, once each and sorted', () => {
    const nouns = properNounsOf([{ name: 'Doha', aliases: [{ text: 'Doha' }] }], ['GP Short Notes', 'Doha']);
    expect(nouns).toEqual([...nouns].sort());
    expect(nouns.filter((n) => n === 'Doha')).toHaveLength(1);
    expect(nouns).toEqual(expect.arrayContaining(['GP Short Notes', 'January', 'March', 'September', 'December']));
  });

  it('gives, from records built like the real ones, the names the old hard-coded list lacked', () => {
    expect(PROPER_NOUNS).toEqual(expect.arrayContaining(['Haqqani', 'Russia', 'Doha', 'Soleimani']));
  });
});

describe('the real records', () => {
  const nouns = realProperNouns();

  it('give the names the old hard-coded list had or lacked', () => {
    const old = [
      'Islamic State Khorasan',
      'IS-K',
      'ISIS',
      'Tehrik-e Taliban Pakistan',
      'Lashkar-e Islam',
      'Sharia',
      'US',
      'GP Short Notes',
    ];
    expect(nouns).toEqual(expect.arrayContaining([...old, 'Haqqani', 'Russia', 'Doha', 'Soleimani']));
  });
});

describe('the site’s own titles', () => {
  const titles = siteTitles();
  const nouns = realProperNouns();

  it('finds every entry title and heading in the content', () => {
    expect(titles.length).toBeGreaterThan(20);
    expect(titles).toContain('Sanaullah Ghafari killed by the Taliban’s forces');
  });

  it('are already in sentence case, so APA shows them as written', () => {
    for (const title of titles) expect(sentenceCase(title, nouns)).toBe(title);
  });

  it('come back unchanged from title case through sentence case, so no name or acronym is lost', () => {
    for (const title of titles) expect(sentenceCase(titleCase(title, nouns), nouns)).toBe(title);
  });

  it('would lose names without the records’ proper nouns, so the two tests above can fail', () => {
    expect(titles.filter((title) => sentenceCase(titleCase(title, []), []) !== title).length).toBeGreaterThan(5);
  });
});
