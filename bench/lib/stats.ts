/** Small numeric helpers shared by the benchmarks. */

/** The median (for an even count, the upper of the two middle values). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** "min–max" of a list, formatted with `f`. */
export const range = (xs: readonly number[], f: (n: number) => string): string => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
export const mib = (n: number): string => `${(n / 2 ** 20).toFixed(n < 10 * 2 ** 20 ? 1 : 0)} MiB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
