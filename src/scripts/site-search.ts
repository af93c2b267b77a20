import { mountCombobox } from './search-combobox';

/**
 * The header search box. Without JavaScript it is a plain form that opens the
 * search page; with it, a combobox with instant results. The Pagefind runtime
 * and index load only when the reader first focuses the box.
 */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input')!;
    mountCombobox(this);
    document.addEventListener('keydown', (event) => {
      const shortcut = (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) ||
        (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
      if (!shortcut || isTyping(event.target)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

customElements.define('site-search', SiteSearch);
