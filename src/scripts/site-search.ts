import { mountCombobox } from './search-combobox';

/**
 * The header search box. Without JavaScript it is a plain form that opens the
 * search page; once `search-loader.ts` brings this module in (on the first
 * focus), a combobox with instant results.
 */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    mountCombobox(this);
  }
}

customElements.define('site-search', SiteSearch);
