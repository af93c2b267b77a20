import { fragmentId } from './fragment';
import { requestHelper } from './helpers';

/**
 * A link to a paragraph id the page no longer gives: if the record kept it
 * (an `.old-id` at the start of the paragraph its text went to), the page
 * has already landed there and marked it; the address now shows the current
 * id, so a reader who shares it shares that. If nothing on the page has the
 * id, the resolver (stale-link.ts) matches it against the paragraphs.
 */
export function followOldLink(): void {
  if (location.hash.length < 2) return;
  const fragment = fragmentId(location.hash);
  const target = document.getElementById(fragment);
  if (!target) return requestHelper({ name: 'stale-link', fragment });
  const paragraph = target.classList.contains('old-id') ? target.closest('p[id]') : null;
  if (!paragraph) return;
  // The old id stays the page's :target, so the paragraph stays marked.
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${paragraph.id}`);
  document.querySelector('link-note')?.setAttribute('open', '');
}

/**
 * The note that a link's paragraph has changed (components/LinkNote.astro):
 * shown by CSS alone for a recorded old id, or when a script sets `open`
 * (here, or the resolver); its Dismiss button hides it.
 */
class LinkNote extends HTMLElement {
  static observedAttributes = ['open'];

  attributeChangedCallback(): void {
    const close = this.querySelector('button');
    if (!close || !this.hasAttribute('open')) return;
    close.hidden = false;
    close.onclick = () => {
      this.removeAttribute('open');
      this.setAttribute('dismissed', '');
    };
  }
}

customElements.define('link-note', LinkNote);
