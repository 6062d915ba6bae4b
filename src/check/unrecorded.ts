/**
 * Whether what readers read differs from the latest edition: every change must be recorded in an
 * edition (npm run edition:publish) before it lands, so no citation's words change unrecorded.
 * Pure: given the content model.
 */
import { changesBetween, replay, sectionChanges } from '../lib/editions/index.ts';
import type { ContentModel } from '../model/model.ts';

/** A sentence naming the sections that changed since the latest edition, or undefined if none did. */
export function unrecordedChanges(model: ContentModel): string | undefined {
  const latest = replay(model.editions).at(-1);
  const before = latest?.state ?? { entries: new Map(), sections: new Map() };
  const changes = changesBetween(before, model.current);
  const sections = sectionChanges(before, changes).map((c) => `${c.id} (${c.kind})`);
  const entries = Object.keys(changes.entries);
  if (sections.length === 0 && entries.length === 0) return undefined;
  const what = sections.length > 0 ? `sections ${sections.join(', ')}` : `entries ${entries.join(', ')}`;
  return (
    `The content differs from the ${latest ? `edition of ${latest.edition.date}` : 'editions (there is none yet)'}: ${what}. ` +
    'Record it as a new edition: npm run edition:publish -- --note "What changed, in a sentence".'
  );
}
