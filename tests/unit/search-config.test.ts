import { describe, expect, it } from 'vitest';
import { searchSettings } from '../../src/lib/search-config.ts';

describe('searchSettings', () => {
  it('puts the index and the spelling list under the site’s base path', () => {
    expect(searchSettings('/')).toEqual({
      bundlePath: '/pagefind/',
      baseUrl: '/',
      spellingUrl: '/pagefind/spelling.txt',
      highlightParam: 'highlight',
    });
    expect(searchSettings('/isk')).toMatchObject({
      bundlePath: '/isk/pagefind/',
      baseUrl: '/isk/',
      spellingUrl: '/isk/pagefind/spelling.txt',
    });
  });
});
