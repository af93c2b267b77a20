/**
 * A light/dark switch that remembers the choice. Without JavaScript it stays
 * hidden and the page follows the system theme (`prefers-color-scheme`).
 */
class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    const system = matchMedia('(prefers-color-scheme: dark)');
    const isDark = () => (document.documentElement.dataset['theme'] ?? (system.matches ? 'dark' : 'light')) === 'dark';
    const sync = () => button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      const theme = isDark() ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = theme;
      try {
        localStorage.setItem('theme', theme);
      } catch {
        // Not persisted (storage blocked), but applied for this page.
      }
      sync();
    });
    system.addEventListener('change', sync);
    sync();
    this.hidden = false;
  }
}

customElements.define('theme-toggle', ThemeToggle);
