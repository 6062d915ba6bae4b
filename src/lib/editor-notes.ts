/** The kinds of editors' notes, with the label a reader sees. Content uses the keys. */
export const EDITOR_NOTE_KINDS = {
  'missing-text': 'Words missing in the note',
  ambiguity: 'Ambiguous in the note',
  typo: 'Possible typo in the note',
  attribution: 'Who says so',
  context: 'Context',
  unsourced: 'No source given in the note',
  undated: 'No date given in the note',
  spelling: 'Spelling',
} as const;

export type EditorNoteKind = keyof typeof EDITOR_NOTE_KINDS;

/** Whether a string is one of the kinds above. */
export function isEditorNoteKind(kind: string): kind is EditorNoteKind {
  return Object.hasOwn(EDITOR_NOTE_KINDS, kind);
}
