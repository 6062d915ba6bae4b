/** The reader's theme choice: kept under this key; absent means "follow the system". */
export const THEME_KEY = 'isk-theme';

type Theme = 'light' | 'dark';

function systemTheme(): Theme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function currentTheme(root: HTMLElement): Theme {
  const set = root.dataset['theme'];
  return set === 'light' || set === 'dark' ? set : systemTheme();
}

/** Shows the toggle (scripts run) and keeps its pressed state in step with the page's theme. */
export function bindThemeToggle(doc: Document): void {
  const root = doc.documentElement;
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = () => button.setAttribute('aria-pressed', String(currentTheme(root) === 'dark'));
    button.hidden = false;
    sync();
    button.addEventListener('click', () => {
      const next: Theme = currentTheme(root) === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Storage can be refused (private mode, blocked cookies); the choice then lasts the page.
      }
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  }
}
