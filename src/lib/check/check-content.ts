/**
 * Checks the content folder before Astro builds it, so that a mistake is reported as the file,
 * the field or line, and a plain sentence. Pure: it is given the files' text, never reads disk.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { entrySchema, slugSchema } from '../../schemas/entry.ts';
import { SECTION_IDS, sectionSchema } from '../../schemas/section.ts';
import { siteSchema } from '../../schemas/site.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { ID_MARK } from '../../plugins/remark-heading-ids.ts';
import { isEditorNoteKind, EDITOR_NOTE_KINDS } from '../editor-notes.ts';
import { paragraphs, parseSourceText } from '../source-text.ts';
import { type Problem, zodProblems } from './issues.ts';
import { checkData } from './check-data.ts';
import { redirectSchema } from '../../schemas/redirect.ts';
import { checkMdx } from './check-mdx.ts';
import { checkLinks, type EntryPage } from './check-links.ts';

/** A file of the content folder: its path relative to the project, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

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

const HEADING = /^(#{1,6})\s+(.*)$/;
const EDITOR_NOTE = /<EditorNote\b([^>]*)>/g;

function readYaml(file: ContentFile, problems: Problem[]): unknown {
  try {
    return parseYaml(file.text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    problems.push({
      file: file.path,
      ...(line ? { where: `line ${line}` } : {}),
      message: `is not valid YAML (${String((error as Error).message)
        .split('\n')[0]
        ?.replace(/:$/, '')}).`,
    });
    return undefined;
  }
}

function checkList<S extends z.ZodType>(file: ContentFile, schema: S, problems: Problem[]): z.infer<S>[] {
  const data = readYaml(file, problems);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({ file: file.path, message: 'must be a YAML list of records (each starting with "- id: ...").' });
    return [];
  }
  const valid: z.infer<S>[] = [];
  data.forEach((record, i) => {
    const result = schema.safeParse(record, { reportInput: true });
    if (result.success) valid.push(result.data);
    else problems.push(...zodProblems(file.path, result.error, [i]));
  });
  return valid;
}

/** Where the line of a heading or tag is, counting the frontmatter's lines too. */
function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

interface EntryFacts {
  path: string;
  sourceId: string;
  paragraphs: number[];
}

function checkEntry(file: ContentFile, problems: Problem[], headingIds: Map<string, string>, pages: EntryPage[]): EntryFacts | undefined {
  let parsed;
  try {
    parsed = parseFrontmatter(file.text);
  } catch (error) {
    // js-yaml's mark counts lines from the opening "---" (0), so it is the file's line less one.
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    const why = reason ?? String((error as Error).message).split('\n')[0];
    problems.push({
      file: file.path,
      where: mark ? `line ${mark.line + 1}` : 'frontmatter',
      message: `the frontmatter is not valid YAML (${why}).`,
    });
    return undefined;
  }
  const result = entrySchema.safeParse(parsed.frontmatter, { reportInput: true });
  if (!result.success) problems.push(...zodProblems(file.path, result.error));

  const body = file.text.slice(file.text.length - parsed.content.length);
  const bodyStart = file.text.length - parsed.content.length;
  if (body.trim() === '') {
    problems.push({ file: file.path, message: 'has no text after its frontmatter; an entry must hold some of the note.' });
  }
  let inFence = false;
  let offset = bodyStart;
  let headings = 0;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = !inFence && HEADING.exec(line);
    if (m) {
      headings++;
      const where = `line ${lineOf(file.text, offset)}`;
      const id = ID_MARK.exec(m[2] ?? '')?.[1];
      if (m[1] === '#') {
        problems.push({
          file: file.path,
          where,
          message: 'uses a level-1 heading ("# ..."); the page title is the h1, so start sections at "##".',
        });
      }
      if (!id) {
        problems.push({
          file: file.path,
          where,
          message: `the heading "${m[2]?.trim()}" has no permanent id; end the line with one, e.g. " [#leaders-killed]".`,
        });
      } else if (RESERVED_IDS.has(id) || (SECTION_IDS as readonly string[]).includes(id)) {
        problems.push({ file: file.path, where, message: `the heading id "${id}" is used by the page itself; choose another.` });
      } else if (headingIds.has(id)) {
        problems.push({
          file: file.path,
          where,
          message: `the heading id "${id}" is already used in ${headingIds.get(id)}; heading ids must be unique across the site.`,
        });
      } else {
        headingIds.set(id, file.path);
      }
    }
    offset += line.length + 1;
  }
  if (headings === 0 && body.trim() !== '') {
    problems.push({
      file: file.path,
      message: 'has no section heading; start its text with one, e.g. "## Title [#title]", so it can be linked to.',
    });
  }
  for (const tag of body.matchAll(EDITOR_NOTE)) {
    const kind = /\bkind="([^"]*)"/.exec(tag[1] ?? '')?.[1];
    if (!kind || !isEditorNoteKind(kind)) {
      problems.push({
        file: file.path,
        where: `line ${lineOf(file.text, bodyStart + (tag.index ?? 0))}`,
        message: `an EditorNote needs kind="..." set to one of ${Object.keys(EDITOR_NOTE_KINDS).join(', ')}${kind ? `, not "${kind}"` : ''}.`,
      });
    }
  }
  const script = /<script\b/i.exec(body);
  if (script) {
    problems.push({
      file: file.path,
      where: `line ${lineOf(file.text, bodyStart + script.index)}`,
      message: 'contains a <script> tag; content may not run scripts.',
    });
  }
  const links = checkMdx(file, bodyStart, problems);
  pages.push({
    path: file.path,
    links,
    paragraphs: result.success ? result.data.source.paragraphs : [],
    formerAnchors: result.data?.formerAnchors ?? {},
  });
  return result.success ? { path: file.path, sourceId: result.data.source.id, paragraphs: result.data.source.paragraphs } : undefined;
}

/**
 * Checks every file of the content folder. `files` holds the MDX entries of the four sections,
 * content/sections.yaml, content/sources.yaml, content/site.yaml and the texts in content/source/.
 */
export function checkContent(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const need = (path: string) => {
    const file = byPath.get(path);
    if (!file) problems.push({ file: path, message: 'is missing.' });
    return file;
  };

  const sectionsFile = need('content/sections.yaml');
  const sections = sectionsFile ? checkList(sectionsFile, sectionSchema, problems) : [];
  // A record that failed its schema is already reported; only report sections with no record at all.
  const sectionsValid = !problems.some((p) => p.file === 'content/sections.yaml');
  for (const id of SECTION_IDS) {
    if (sectionsFile && sectionsValid && !sections.some((s) => s.id === id)) {
      problems.push({ file: sectionsFile.path, message: `has no record for the section "${id}".` });
    }
  }
  const siteFile = need('content/site.yaml');
  if (siteFile) checkList(siteFile, siteSchema, problems);

  const sourcesFile = need('content/sources.yaml');
  const sources = sourcesFile ? checkList(sourcesFile, sourceSchema, problems) : [];
  const paragraphCounts = new Map<string, number>();
  for (const source of sources) {
    const text = byPath.get(`content/source/${source.textFile}`);
    if (!text) {
      problems.push({
        file: sourcesFile!.path,
        where: `field "textFile" of "${source.id}"`,
        message: `names content/source/${source.textFile}, which does not exist.`,
      });
      continue;
    }
    try {
      paragraphCounts.set(source.id, paragraphs(parseSourceText(text.text)).length);
    } catch (error) {
      problems.push({ file: text.path, where: 'line 1', message: (error as Error).message });
    }
  }
  for (const list of [sections, sources] as const) {
    const seen = new Set<string>();
    for (const record of list) {
      if (seen.has(record.id))
        problems.push({
          file: list === sections ? 'content/sections.yaml' : 'content/sources.yaml',
          where: `field "id"`,
          message: `"${record.id}" is used by two records; ids must be unique.`,
        });
      seen.add(record.id);
    }
  }

  const headingIds = new Map<string, string>();
  const pages: EntryPage[] = [];
  const entries = files.filter((f) => /^content\/[^/]+\/.+\.mdx$/.test(f.path));
  for (const file of entries) {
    const section = file.path.split('/')[1];
    if (!(SECTION_IDS as readonly string[]).includes(section ?? '')) {
      problems.push({
        file: file.path,
        message: `is in content/${section}/, which is not a section; move it to one of ${SECTION_IDS.map((s) => `content/${s}/`).join(', ')}.`,
      });
      continue;
    }
    const name = file.path
      .split('/')
      .slice(2)
      .join('/')
      .replace(/\.mdx$/, '');
    if (!slugSchema.safeParse(name).success) {
      problems.push({
        file: file.path,
        message: `the file name is the page's address, and "${name}" cannot be one; use lowercase letters, digits and hyphens, e.g. leaders-killed.mdx.`,
      });
    }
    const facts = checkEntry(file, problems, headingIds, pages);
    if (!facts) continue;
    const count = paragraphCounts.get(facts.sourceId);
    if (count === undefined) {
      // A source whose text is missing or unreadable is reported once, above.
      if (sources.length > 0 && !sources.some((s) => s.id === facts.sourceId))
        problems.push({
          file: file.path,
          where: 'field "source.id"',
          message: `"${facts.sourceId}" is not a source in content/sources.yaml.`,
        });
    } else {
      for (const n of facts.paragraphs.filter((n) => n > count)) {
        problems.push({
          file: file.path,
          where: 'field "source.paragraphs"',
          message: `paragraph ${n} does not exist; the source has ${count} paragraphs.`,
        });
      }
    }
  }
  problems.push(...checkData(files, headingIds, new Set(sources.map((s) => s.id))));
  // /source/ shows the first source's text (src/pages/source.astro).
  problems.push(...checkLinks(files, pages, headingIds, paragraphCounts.get(sources[0]?.id ?? '') ?? 0));
  const redirectsFile = byPath.get('content/redirects.yaml');
  if (redirectsFile) {
    const entryPages = new Set(entries.map((f) => f.path.replace(/^content/, '').replace(/\.mdx$/, '/')));
    checkList(redirectsFile, redirectSchema, problems).forEach((r, i) => {
      if (entryPages.has(r.from)) {
        problems.push({
          file: redirectsFile.path,
          where: `field "[${i}].from"`,
          message: `${r.from} is still an entry's page; a page cannot both exist and forward.`,
        });
      }
      const section = r.to.split('/')[1] ?? '';
      if ((SECTION_IDS as readonly string[]).includes(section) && r.to.split('/').length === 4 && !entryPages.has(r.to)) {
        problems.push({
          file: redirectsFile.path,
          where: `field "[${i}].to"`,
          message: `${r.to} is not an entry's page; forward to a page that exists.`,
        });
      }
    });
  }
  for (const section of SECTION_IDS) {
    if (!entries.some((f) => f.path.startsWith(`content/${section}/`))) {
      problems.push({ file: `content/${section}/`, message: 'holds no entry; each section needs at least one .mdx file.' });
    }
  }
  return problems;
}
