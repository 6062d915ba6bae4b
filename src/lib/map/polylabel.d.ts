// polylabel 2 ships no types, and there is no @types/polylabel for it here.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring, then holes) to within `precision`, with its distance to the nearest edge. */
  export default function polylabel(
    polygon: readonly (readonly (readonly [number, number])[])[],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
