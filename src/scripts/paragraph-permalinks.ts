import { helpersListening, requestHelper } from './helpers';
import { passOn } from './share-link';

/**
 * Progressive enhancement for the paragraph "¶" links: following one already
 * puts the paragraph's URL in the address bar without JavaScript; with it we
 * also offer the system share sheet (on phones), or else copy that URL to the
 * clipboard, and say so, visibly and to screen readers.
 */
export function enhancePermalinks(root: ParentNode = document): void {
  const status = root.querySelector<HTMLElement>('.copy-status');
  let quoteLinkArrived = false;
  root.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.permalink');
    if (!link) return;
    // With text selected in its paragraph the ¶ copies the quote's link, once
    // quote-link.ts is here to take the click: a reader quicker than its
    // arrival (it loads on the selection) has the click replayed after it.
    // Without the site's loader no helper comes: the ¶ copies its own link.
    if (!quoteLinkArrived && getSelection()?.isCollapsed === false && helpersListening()) {
      event.preventDefault();
      const ready = () => {
        quoteLinkArrived = true;
        link.click();
      };
      requestHelper({ name: 'quote-link', ready });
      return;
    }
    const passed = await passOn(link.href, document.title);
    // Not copied: the URL is still in the address bar.
    if (passed === 'shared' && status) status.textContent = 'Link to paragraph shared.';
    if (passed !== 'copied') return;
    for (const other of document.querySelectorAll('a.permalink[data-copied]')) other.removeAttribute('data-copied');
    link.setAttribute('data-copied', '');
    if (status) status.textContent = 'Link to paragraph copied to the clipboard.';
    setTimeout(() => link.removeAttribute('data-copied'), 2500);
  });
}
