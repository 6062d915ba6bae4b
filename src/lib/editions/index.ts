/** Editions of the profile: snapshots of what readers read, recorded as changes, replayed, compared. */
export { snapshotOf, type ProfileState, type SnapshotEntry, type SnapshotLabels } from './snapshot.ts';
export { canonicalJson, editionDigest } from './digest.ts';
export { replay, type EditionState } from './replay.ts';
export { changesBetween, isEmpty, sectionChanges, type Changes, type ChangeKind, type SectionChange } from './changes.ts';
export { redline, readsDifferently, sectionParagraphs, type RedlinePart } from './redline.ts';
