/**
 * Checks what an entry's MDX tree holds: only text, links, the editors' notes (`<EditorNote kind>`)
 * and claims (`<Claim by via>`). Reports components other than those, JavaScript ({...}, import,
 * export), HTML that runs or embeds things, and images, each at its line. Returns the links the
 * entry makes, for check-links.ts. Pure: given the model's tree.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { EDITOR_NOTE_KINDS, isEditorNoteKind } from '../lib/editor-notes.ts';
import type { Problem } from '../model/problems.ts';

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

/** Who may make a claim (people and organizations) and through whom (organizations). */
export interface Parties {
  people: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  /** False when people.yaml or organizations.yaml could not be read: claims are then not checked. */
  known: boolean;
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

/** A JSX element's attribute written as text, if it is. */
function textAttribute(node: Node, name: string): string | undefined {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Checks an entry's tree; reports to `problems` and returns the links it makes. */
export function checkTree(path: string, tree: Root, parties: Parties, problems: Problem[]): EntryLink[] {
  const links: EntryLink[] = [];
  const report = (node: Node, message: string) =>
    problems.push({ file: path, ...(node.position ? { where: `line ${node.position.start.line}` } : {}), message });
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
        if (node.name === 'EditorNote') checkEditorNote(node, report);
        if (node.name === 'Claim' && parties.known) checkClaim(node, parties, report);
        return;
      default:
        return;
    }
  });
  return links;
}

function checkEditorNote(node: Node, report: (node: Node, message: string) => void): void {
  const kind = textAttribute(node, 'kind');
  if (!kind || !isEditorNoteKind(kind)) {
    report(
      node,
      `an EditorNote needs kind="..." set to one of ${Object.keys(EDITOR_NOTE_KINDS).join(', ')}${kind ? `, not "${kind}"` : ''}.`,
    );
  }
}

function checkClaim(node: Node, parties: Parties, report: (node: Node, message: string) => void): void {
  const by = textAttribute(node, 'by');
  const via = textAttribute(node, 'via');
  if (!by || !(parties.people.has(by) || parties.organizations.has(by))) {
    report(node, `a <Claim> needs by="..." set to a person or organization id${by ? `; "${by}" is neither` : ''}.`);
  }
  if (via !== undefined && !parties.organizations.has(via)) {
    report(node, `the <Claim>'s via="${via}" is not an organization id.`);
  }
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
  } else if (name.toLowerCase() === 'script') {
    report(node, 'contains a <script> tag; content may not run scripts.');
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
