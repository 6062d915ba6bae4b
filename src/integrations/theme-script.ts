import type { AstroIntegration } from 'astro';
import { THEME_KEY } from '../client/theme.ts';

/** Applies the reader's stored theme (src/client/theme.ts) before the first paint. Runs as it is. */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * Puts the stored-theme script in every page's <head>, so a chosen theme never flashes. Astro
 * places scripts injected this way after the page's Content-Security-Policy <meta> and adds their
 * hashes to it, as it does for the scripts it bundles.
 */
export default function themeScript(): AstroIntegration {
  return {
    name: 'isk:theme-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', THEME_SCRIPT);
      },
    },
  };
}
