import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, HEADLESS_FLAGS, QUIET_FLAGS } from '../../tools/chromium.ts';

const saved = process.env['CHROMIUM_PATH'];
afterEach(() => {
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, with the quiet flags', async () => {
    process.env['CHROMIUM_PATH'] = process.execPath;
    await expect(findChromium()).resolves.toEqual({ path: process.execPath, args: QUIET_FLAGS, from: 'CHROMIUM_PATH' });
  });

  it('says so in a sentence when CHROMIUM_PATH names no file', async () => {
    process.env['CHROMIUM_PATH'] = '/nowhere/chromium';
    await expect(findChromium()).rejects.toThrow('CHROMIUM_PATH is set to /nowhere/chromium, but there is no file there.');
  });
});

describe('the flags', () => {
  it('keep Chromium from calling Google’s servers, and run headless for tools that launch it themselves', () => {
    expect(QUIET_FLAGS).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--no-first-run']),
    );
    expect(HEADLESS_FLAGS).toEqual(['--headless=new', ...QUIET_FLAGS]);
  });
});
