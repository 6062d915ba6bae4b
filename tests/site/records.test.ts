import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { selectAll } from 'hast-util-select';
import { DIST, fileFor, page } from '../support/dist.ts';
import { NOTE } from '../support/note.ts';

type Record_ = { id: string; name?: string; term?: string; aliases?: { text: string; source: string }[]; attribution?: unknown[] };
const load = (name: string) => parse(readFileSync(join(process.cwd(), 'content', `${name}.yaml`), 'utf8')) as Record_[];
const NAMED = ['people', 'organizations', 'places', 'glossary'] as const;
const records = Object.fromEntries(NAMED.map((c) => [c, load(c)])) as Record<(typeof NAMED)[number], Record_[]>;
const noteText = NOTE.blocks.map((b) => b.text).join('\n');
const namesOf = (r: Record_) => [r.name ?? r.term ?? '', ...(r.aliases ?? []).map((a) => a.text)];

/** Every person, organization and place the note names, as the note writes them. */
const EXPECTED = {
  people: [
    'Hafiz Saeed Khan',
    'Abdul Rauf Khadim',
    'Sheikh Maqbool',
    'Abdul Hasib',
    'Abu Sayed',
    'Abu Saad Orakzai',
    'Sanaullah Ghafari',
    'Zabihullah Mujahid',
    'Qassem Soleimani',
  ],
  organizations: [
    'Islamic State of Iraq and Syria',
    'IS-K',
    'Amaq',
    'Taliban',
    'Tehrik-e Taliban Pakistan',
    'Lashkar-e Islam',
    'Haqqani network',
    'Combatting Terrorism Center at West Point',
    'NATO',
    'US',
  ],
  places: [
    'Afghanistan',
    'Pakistan',
    'Iran',
    'Uzbekistan',
    'Tajikistan',
    'Russia',
    'Moscow',
    'Kabul',
    'Nangarhar',
    'Kunar',
    'Jowzjan',
    'Paktia',
    'Kunduz',
    'Herat',
    'Doha',
    'Khorasan',
    'Central Asia',
  ],
};

/** Records the note names only inside a longer phrase, so no text links to them. */
const NOT_LINKED: Record<string, string> = {
  'places/south-asia': 'the note writes only "South and Central Asia" and "Southern and Central Asia"',
};

describe('records', () => {
  for (const [collection, names] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, string[]][]) {
    it.each(names)(`the note names %s, and it has a record among ${collection} with a page`, (name) => {
      expect(noteText).toContain(name);
      const record = records[collection].find((r) => namesOf(r).includes(name));
      expect(record, `no record of ${collection} is named "${name}"`).toBeDefined();
      expect(existsSync(fileFor(`/${collection}/${record!.id}/`))).toBe(true);
    });
  }

  it('every record is mentioned in the note’s text, and linked from it', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/profile.json'), 'utf8')) as Record<
      string,
      { id: string; mentionedIn: string[] }[]
    >;
    const unmentioned = NAMED.flatMap((c) => data[c]!.filter((r) => r.mentionedIn.length === 0).map((r) => `${c}/${r.id}`));
    expect(unmentioned.sort()).toEqual(Object.keys(NOT_LINKED).sort());
    const entryLinks = new Set(
      NAMED.flatMap((c) => data[c]!.flatMap((r) => r.mentionedIn.map((u) => new URL(u).pathname))).flatMap((p) =>
        selectAll('main .prose a.mention', page(p)).map((a) => String(a.properties['href'])),
      ),
    );
    const notLinked = NAMED.flatMap((c) => records[c].map((r) => `${c}/${r.id}`)).filter(
      (key) => !entryLinks.has(`/${key}/`) && !(key in NOT_LINKED),
    );
    expect(notLinked).toEqual([]);
  });

  it('a mention link in the text goes to the record of what it names', () => {
    const links = selectAll('main .prose a.mention', page('/leadership/founding/')).map((a) => [
      String(a.properties['href']),
      (a.children[0] as { value: string }).value,
    ]);
    expect(links).toContainEqual(['/people/hafiz-saeed-khan/', 'Hafiz Saeed Khan']);
    expect(links).toContainEqual(['/organizations/ttp/', 'Tehrik-e Taliban Pakistan']);
  });

  it.each([
    ['/people/sanaullah-ghafari/', 'Person'],
    ['/organizations/is-k/', 'Organization'],
    ['/places/kabul/', 'Place'],
    ['/glossary/' + records.glossary[0]!.id + '/', 'DefinedTerm'],
  ])('%s carries valid JSON-LD of type %s', (path, type) => {
    const scripts = selectAll('script[type="application/ld+json"]', page(path));
    expect(scripts).toHaveLength(1);
    const data = JSON.parse((scripts[0]!.children[0] as { value: string }).value);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe(type);
    expect(data.url).toMatch(new RegExp(`${path}$`));
  });
});
