/** The reader's theme choice: kept under this key; absent means "follow the system". */
export const THEME_KEY = 'isk-theme';

type Theme = 'light' | 'dark';

/** The theme in use, as the stylesheet applied it (tokens.css): the reader's choice, else the system's. */
function currentTheme(root: HTMLElement): Theme {
  return getComputedStyle(root).colorScheme === 'dark' ? 'dark' : 'light';
}

/**
 * Makes the toggle (shown where scripts run, theme-toggle.css) switch the page to the other theme.
 * What it says follows the page's theme through the stylesheet, so nothing here keeps it in step.
 */
export function bindThemeToggle(doc: Document): void {
  const root = doc.documentElement;
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.addEventListener('click', () => {
      const next: Theme = currentTheme(root) === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Storage can be refused (private mode, blocked cookies); the choice then lasts the page.
      }
    });
  }
}
