/**
 * Where the content lives: `content/` unless CONTENT_DIR says otherwise. Tests and benchmarks
 * build other content (a renamed fixture, synthetic profiles) through the same code this way.
 */
export const CONTENT_ROOT = (process.env['CONTENT_DIR'] ?? './content').replace(/\/$/, '');
