/**
 * Compiles an entry's body with MDX (`@mdx-js/mdx`, as Astro's MDX integration does), so text
 * that is not valid MDX is reported with its line and a sentence instead of failing Astro's build.
 * Also reports what compiles but cannot render, or may not be in content: components other than
 * EditorNote and Claim, JavaScript ({...}, import, export) and HTML that runs or embeds things.
 * Returns the links the body makes, for check-links.ts. Pure: given the file's text.
 */
import { compileSync } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentFile } from './check-content.ts';
import type { Problem } from './issues.ts';

/** The components an entry may use, with no import: those of src/components/mdx/index.ts. */
export const CONTENT_COMPONENTS = ['EditorNote', 'Claim'] as const;

/** HTML elements that would load another page or plugin into an entry. */
const EMBEDS = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'portal']);

const NO_IMAGES =
  'has an image; entries hold text only (an image could break the build or load from another server). Describe it in an EditorNote instead.';

/** A link an entry makes: its URL as written, and the line it is on. */
export interface EntryLink {
  url: string;
  line: number;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: JsxAttribute[];
  data?: { estree?: { body?: unknown[] } | null };
  position?: { start: { line: number } };
}

/** The MDX error's sentence, without the positions it quotes (the line is reported beside it). */
function sentence(reason: string): string {
  return reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '').replace(/\.$/, '');
}

/** The line an MDX error is on: its place, or the first position its message quotes. */
function errorLine(error: { place?: { line?: number; start?: { line?: number } }; reason?: string }): number | undefined {
  const quoted = /\((\d+):\d+/.exec(error.reason ?? '')?.[1];
  return error.place?.start?.line ?? error.place?.line ?? (quoted ? Number(quoted) : undefined);
}

/**
 * @param file the entry
 * @param bodyStart where its body starts (after the frontmatter); lines are counted from the file's top
 * @returns the links the body makes, or none if it does not compile
 */
export function checkMdx(file: ContentFile, bodyStart: number, problems: Problem[]): EntryLink[] {
  // The frontmatter becomes blank lines, so MDX's line numbers are the file's.
  const text = file.text.slice(0, bodyStart).replace(/[^\n]/g, '') + file.text.slice(bodyStart);
  let tree: Root | undefined;
  try {
    compileSync(text, { remarkPlugins: [() => (t: Root) => void (tree = t)] });
  } catch (error) {
    const e = error as { place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = errorLine(e);
    problems.push({
      file: file.path,
      ...(line ? { where: `line ${line}` } : {}),
      message: `is not valid MDX: ${sentence(e.reason ?? e.message ?? String(error))}.`,
    });
    return [];
  }
  if (!tree) return [];

  const links: EntryLink[] = [];
  const report = (node: Node, message: string) =>
    problems.push({ file: file.path, ...(node.position ? { where: `line ${node.position.start.line}` } : {}), message });
  visit(tree, (n) => {
    const node = n as Node;
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'link':
      case 'definition':
        if (node.url) links.push({ url: node.url, line });
        return;
      case 'image':
      case 'imageReference':
        report(node, NO_IMAGES);
        return;
      case 'mdxjsEsm':
        report(node, 'imports or exports code; content may not run code, and EditorNote and Claim need no import.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a comment */} is the one expression allowed: it has no code.
        if (node.data?.estree?.body?.length !== 0) {
          report(node, 'has a {...} expression, which would run as JavaScript; content may not run code. To show a brace, write \\{.');
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report, links, line);
        return;
      default:
        return;
    }
  });
  return links;
}

function checkElement(node: Node, report: (node: Node, message: string) => void, links: EntryLink[], line: number): void {
  const name = node.name ?? '';
  if (name === '') {
    report(node, 'has an empty <>...</> fragment; remove the <> and </>.');
  } else if (/^[A-Z]|\./.test(name) && !(CONTENT_COMPONENTS as readonly string[]).includes(name)) {
    report(
      node,
      `uses <${name}>, which is not a component content may use; use one of ${CONTENT_COMPONENTS.map((c) => `<${c}>`).join(', ')}.`,
    );
  } else if (name === 'img' || name === 'picture') {
    report(node, NO_IMAGES);
  } else if (EMBEDS.has(name.toLowerCase())) {
    report(node, `has an <${name}>, which would load another page into the site; content may not embed pages.`);
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value && typeof attribute.value === 'object')) {
      report(
        node,
        `the <${name}> tag has a {...} attribute, which would run as JavaScript; write attributes as text, e.g. kind="context".`,
      );
    } else if (/^on/i.test(attribute.name ?? '')) {
      report(node, `the <${name}> tag has an ${attribute.name} attribute; content may not run scripts.`);
    } else if (typeof attribute.value === 'string' && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
      report(
        node,
        `the <${name}> tag's ${attribute.name} is a ${attribute.value.split(':')[0]!.trim().toLowerCase()}: URL; content may not run scripts.`,
      );
    } else if (name === 'a' && attribute.name === 'href' && typeof attribute.value === 'string') {
      links.push({ url: attribute.value, line });
    }
  }
}
