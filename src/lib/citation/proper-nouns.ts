/**
 * The proper nouns citations need, taken from the records rather than listed in code: what the
 * site names as people, organizations, places and terms is what it writes with capitals.
 */
import { monthNames } from './dates.ts';
import { splitName } from './names.ts';
import { isMinor, tokenize } from './words.ts';

/** A record that names something: a person, organization, place or glossary term. */
export interface NamingRecord {
  /** The record's name (a glossary record's term), as the site writes it in running text. */
  name: string;
  aliases: readonly { text: string }[];
  /** "people" also gives a person's family name alone, as later mentions use it. */
  collection?: string;
}

const hasCapital = (word: string) => /\p{Lu}/u.test(word);

/** A common word written in lowercase: "network", "embassy"; not "of", not "IS-K", not "–". */
const isLowerMainWord = (word: string) => /\p{Ll}/u.test(word) && !hasCapital(word) && !isMinor(word);

/**
 * The names in one name as written. Punctuation separates names: "Islamic State Khorasan (IS-K)"
 * gives "Islamic State Khorasan" and "IS-K". A name whose capitals are headline style ("North
 * Atlantic Treaty Organization") counts whole; in one written in sentence style ("Haqqani network",
 * "Russian embassy in Kabul") the lowercase main word shows that each capitalised run is a name of
 * its own ("Haqqani"; "Russian", "Kabul"). Words without a capital are never names.
 */
function namesIn(text: string): string[] {
  const segments: string[][] = [[]];
  for (const t of tokenize(text)) {
    if (t.lead) segments.push([]);
    segments.at(-1)!.push(t.core);
    if (t.tail) segments.push([]);
  }
  return segments
    .flatMap((words) => {
      if (!words.some(isLowerMainWord)) return [words.join(' ')];
      const runs: string[][] = [[]];
      for (const word of words) {
        if (hasCapital(word)) runs.at(-1)!.push(word);
        else runs.push([]);
      }
      return runs.map((run) => run.join(' '));
    })
    .filter(hasCapital);
}

/** The record's own names: its name and aliases, less an alias that only capitalises a common noun ("Caliphate" of "caliphate"). */
function recordNames(record: NamingRecord): string[] {
  const all = [record.name, ...record.aliases.map((a) => a.text)];
  const lowercase = new Set(all.filter((n) => !hasCapital(n)));
  const own = all.filter((n) => !lowercase.has(n.replace(/^\p{Lu}/u, (c) => c.toLowerCase())));
  if (record.collection === 'people' && /\s/.test(record.name.trim())) own.push(splitName(record.name).family);
  return own;
}

/**
 * The proper nouns of the records (names and aliases, a person's family name alone), of `names`
 * given besides (a source's series and authors), and the months, sorted and without repeats.
 */
export function properNounsOf(records: readonly NamingRecord[], names: readonly string[] = []): string[] {
  const all = [...records.flatMap(recordNames), ...names, ...monthNames()].flatMap(namesIn);
  return [...new Set(all)].sort();
}
