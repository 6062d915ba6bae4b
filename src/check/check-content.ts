/**
 * Checks the content folder before Astro builds it, so that a mistake is reported as the file,
 * the field or line, and a plain sentence. Pure: it is given the files' text, builds the content
 * model from them (which reports what cannot be read) and checks what the model holds.
 */
import { slugSchema } from '../schemas/entry.ts';
import { isSectionId, SECTION_IDS } from '../schemas/section.ts';
import type { ContentFile } from '../model/files.ts';
import { paragraphs } from '../lib/source-text.ts';
import { buildModel, type ContentModel, noteParagraphs } from '../model/model.ts';
import type { ModelEntry } from '../model/entries.ts';
import type { Problem } from '../model/problems.ts';
import { checkData } from './check-data.ts';
import { checkLinks, type EntryPage } from './check-links.ts';
import { checkTree, type Parties } from './check-tree.ts';

/** Ids the page templates give to their own elements; a content heading may not take one. */
export const RESERVED_IDS = new Set([
  'main-content',
  'toc-heading',
  'entry-title',
  'source-card-title',
  'source-title',
  'sections',
  'cite-heading',
]);

/** The headings of an entry: a level-1 heading, a missing id, an id the page uses, an id used twice. */
function checkHeadings(entry: ModelEntry, owners: ReadonlyMap<string, string[]>, problems: Problem[]): void {
  const path = entry.file.path;
  for (const h of entry.headings) {
    const where = `line ${h.line}`;
    if (h.depth === 1) {
      problems.push({
        file: path,
        where,
        message: 'uses a level-1 heading ("# ..."); the page title is the h1, so start sections at "##".',
      });
    }
    if (!h.id) {
      problems.push({
        file: path,
        where,
        message: `the heading "${h.text}" has no permanent id; end the line with one, e.g. " [#leaders-killed]".`,
      });
    } else if (RESERVED_IDS.has(h.id) || isSectionId(h.id)) {
      problems.push({ file: path, where, message: `the heading id "${h.id}" is used by the page itself; choose another.` });
    } else {
      const others = (owners.get(h.id) ?? []).filter((p) => p !== path);
      if (others.length > 0) {
        problems.push({
          file: path,
          where,
          message: `the heading id "${h.id}" is already used in ${others.join(', ')}; heading ids must be unique across the site.`,
        });
      }
    }
  }
}

/** One entry: its folder and name, its body, its headings and what its tree holds. */
function checkEntry(
  model: ContentModel,
  entry: ModelEntry,
  owners: ReadonlyMap<string, string[]>,
  parties: Parties,
  pages: EntryPage[],
  problems: Problem[],
): void {
  const path = entry.file.path;
  if (!slugSchema.safeParse(entry.id).success) {
    problems.push({
      file: path,
      message: `the file name is the page's address, and "${entry.id}" cannot be one; use lowercase letters, digits and hyphens, e.g. leaders-killed.mdx.`,
    });
  }
  const hasBody = entry.body.trim() !== '';
  if (!hasBody && entry.tree !== undefined) {
    problems.push({ file: path, message: 'has no text after its frontmatter; an entry must hold some of the note.' });
  }
  checkHeadings(entry, owners, problems);
  if (entry.tree && hasBody && entry.headings.length === 0) {
    problems.push({
      file: path,
      message: 'has no section heading; start its text with one, e.g. "## Title [#title]", so it can be linked to.',
    });
  }
  const links = entry.tree ? checkTree(path, entry.tree, parties, problems) : [];
  pages.push({
    path,
    page: entry.page,
    ids: entry.headings.flatMap((h) => (h.id ? [h.id] : [])),
    links,
    parsed: entry.tree !== undefined,
    paragraphs: entry.data?.source.paragraphs ?? [],
    formerAnchors: entry.data?.formerAnchors ?? {},
  });
  if (!entry.data) return;
  const source = model.sources.find((s) => s.id === entry.data!.source.id);
  const text = source && model.sourceTexts.find((t) => t.id === source.textFile)?.parsed;
  if (!source) {
    // A sources.yaml that cannot be read is reported once, as itself.
    if (model.sources.length > 0)
      problems.push({
        file: path,
        where: 'field "source.id"',
        message: `"${entry.data.source.id}" is not a source in content/sources.yaml.`,
      });
  } else if (text) {
    const count = paragraphs(text).length;
    for (const n of entry.data.source.paragraphs.filter((n) => n > count)) {
      problems.push({
        file: path,
        where: 'field "source.paragraphs"',
        message: `paragraph ${n} does not exist; the source has ${count} paragraphs.`,
      });
    }
  }
}

/** The files of the site's structure: sections, site, sources and their texts, redirects. */
function checkSettings(model: ContentModel, problems: Problem[]): void {
  const has = (path: string) => model.files.some((f) => f.path === path);
  for (const path of ['content/sections.yaml', 'content/site.yaml', 'content/sources.yaml']) {
    if (!has(path)) problems.push({ file: path, message: 'is missing.' });
  }
  // A record that failed its schema is already reported; only report sections with no record at all.
  const sectionsValid =
    has('content/sections.yaml') && !model.unreadable.has('sections') && model.sections.length === (model.raw.sections ?? []).length;
  for (const id of SECTION_IDS) {
    if (sectionsValid && !model.sections.some((s) => s.id === id))
      problems.push({ file: 'content/sections.yaml', message: `has no record for the section "${id}".` });
  }
  for (const [name, list] of [
    ['sections', model.sections],
    ['sources', model.sources],
  ] as const) {
    const seen = new Set<string>();
    for (const record of list) {
      if (seen.has(record.id))
        problems.push({
          file: `content/${name}.yaml`,
          where: 'field "id"',
          message: `"${record.id}" is used by two records; ids must be unique.`,
        });
      seen.add(record.id);
    }
  }
  for (const source of model.sources) {
    if (!model.sourceTexts.some((t) => t.id === source.textFile)) {
      problems.push({
        file: 'content/sources.yaml',
        where: `field "textFile" of "${source.id}"`,
        message: `names content/source/${source.textFile}, which does not exist.`,
      });
    }
  }
  const entryPages = new Set(model.entries.filter((e) => isSectionId(e.section)).map((e) => e.page));
  model.redirects.forEach((r, i) => {
    if (entryPages.has(r.from)) {
      problems.push({
        file: 'content/redirects.yaml',
        where: `field "[${i}].from"`,
        message: `${r.from} is still an entry's page; a page cannot both exist and forward.`,
      });
    }
    const section = r.to.split('/')[1] ?? '';
    if (isSectionId(section) && r.to.split('/').length === 4 && !entryPages.has(r.to)) {
      problems.push({
        file: 'content/redirects.yaml',
        where: `field "[${i}].to"`,
        message: `${r.to} is not an entry's page; forward to a page that exists.`,
      });
    }
  });
}

/** Every problem of loaded content: the content model's own (what it could not read), then what it holds. */
export function contentProblems({ model, problems }: { model: ContentModel; problems: Problem[] }): Problem[] {
  return [...problems, ...checkModel(model)];
}

/** Checks every file of the content folder. */
export function checkContent(files: readonly ContentFile[]): Problem[] {
  return contentProblems(buildModel(files));
}

/** What the content model holds that it cannot say wrong by itself: references across files, links, rules of entries. */
export function checkModel(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  checkSettings(model, problems);

  const entries: ModelEntry[] = [];
  for (const entry of model.entries) {
    if (isSectionId(entry.section)) entries.push(entry);
    else
      problems.push({
        file: entry.file.path,
        message: `is in content/${entry.section}/, which is not a section; move it to one of ${SECTION_IDS.map((s) => `content/${s}/`).join(', ')}.`,
      });
  }
  // Every file that has each heading id, so a duplicate is reported where each copy is.
  const owners = new Map<string, string[]>();
  for (const e of entries) for (const h of e.headings) if (h.id) owners.set(h.id, [...new Set([...(owners.get(h.id) ?? []), e.file.path])]);
  const headingIds = new Map([...owners].map(([id, paths]) => [id, paths[0]!]));
  const parties: Parties = {
    people: new Set(model.records.people.map((p) => p.id)),
    organizations: new Set(model.records.organizations.map((o) => o.id)),
    known: !model.unreadable.has('people') && !model.unreadable.has('organizations'),
  };
  const pages: EntryPage[] = [];
  for (const entry of entries) checkEntry(model, entry, owners, parties, pages, problems);

  // An entry that is not valid MDX has no known headings: anchors into it are not checked.
  const unparsed = new Set(entries.filter((e) => !e.tree).map((e) => e.file.path));
  problems.push(...checkData(model, headingIds, unparsed));
  // /source/ shows the first source's text (src/pages/source.astro).
  problems.push(...checkLinks(model, pages, noteParagraphs(model).length));
  for (const section of SECTION_IDS) {
    if (!entries.some((e) => e.section === section)) {
      problems.push({ file: `content/${section}/`, message: 'holds no entry; each section needs at least one .mdx file.' });
    }
  }
  return problems;
}
