import { describe, expect, it } from 'vitest';

describe('astro.config.mjs', () => {
  it('turns Astro’s telemetry off, so a build posts nothing to telemetry.astro.build', async () => {
    delete process.env['ASTRO_TELEMETRY_DISABLED'];
    await import('../../astro.config.mjs');
    expect(process.env['ASTRO_TELEMETRY_DISABLED']).toBe('1');
  });
});
