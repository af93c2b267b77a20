import { textDirective } from '../lib/text-fragment';
import type { Passed, PASS_ON_EVENT, PassOnRequest } from './share-link';

/**
 * “Copy link to this quote”: for text selected inside one paragraph, a button
 * under the selection (out of the way of the browser's own menu, which sits
 * above it) and, for keyboard readers, the paragraph's ¶ link, copy a link to
 * the paragraph that scrolls to and highlights the quote where the browser
 * knows text fragments (`#id:~:text=…`), and lands on the paragraph where not.
 * Loaded when a reader first selects text in an article.
 */
const bar = Object.assign(document.createElement('div'), { className: 'quote-bar', hidden: true });
const button = bar.appendChild(
  Object.assign(document.createElement('button'), { type: 'button', textContent: 'Copy link to this quote' }),
);
const status = document.querySelector<HTMLElement>('.copy-status');

/** The selection, if it lies inside one paragraph of the article. */
function quoted(): { range: Range; paragraph: HTMLElement } | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const paragraph = (
    range.commonAncestorContainer instanceof Element
      ? range.commonAncestorContainer
      : range.commonAncestorContainer.parentElement
  )?.closest<HTMLElement>('.prose p[id]');
  return paragraph && range.toString().trim() ? { range, paragraph } : undefined;
}

/** The link to the selected quote. */
export function quoteUrl(range: Range, paragraph: HTMLElement): string {
  const text = (node: Range) => node.toString();
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEndAfter(paragraph.lastChild ?? paragraph);
  const page = (document.querySelector('.article')?.textContent ?? '').toLowerCase();
  const directive = textDirective({
    quote: text(range),
    before: text(before),
    after: text(after).replace(/¶\s*$/, ''),
    occurrences: (term) => page.split(term.toLowerCase()).length - 1,
  });
  return `${location.origin}${location.pathname}#${paragraph.id}${directive ? `:~:${directive}` : ''}`;
}

// The event's name, checked against share-link.ts's by the type (importing the value would share a module with the inline article script).
const PASS_ON: typeof PASS_ON_EVENT = 'broadsheet:pass-on';

/** Share or copy the quote's link (by the article page's share-link.ts), and say what happened. */
async function copy(url: string, confirm: (passed: Passed) => void): Promise<void> {
  const passed = await new Promise<Passed>((done) => {
    const detail: PassOnRequest = { url, title: document.title, done };
    document.dispatchEvent(new CustomEvent(PASS_ON, { detail }));
  });
  if (passed === 'cancelled') return;
  confirm(passed);
  if (status && passed !== 'failed')
    status.textContent =
      passed === 'shared' ? 'Link to the quote shared.' : 'Link to the quote copied to the clipboard.';
}

const BUTTON_SAYS: Record<Passed, string> = {
  shared: 'Link shared',
  copied: 'Link copied',
  cancelled: 'Copy link to this quote',
  failed: 'Could not copy the link',
};

function place(): void {
  const found = quoted();
  if (!found) {
    if (!bar.contains(document.activeElement)) bar.hidden = true;
    return;
  }
  const box = found.range.getBoundingClientRect();
  found.paragraph.after(bar);
  bar.style.setProperty('--quote-top', `${box.bottom + scrollY + 8}px`);
  bar.style.setProperty('--quote-left', `${Math.max(8, Math.min(box.left + scrollX, innerWidth - 260))}px`);
  bar.hidden = false;
}

// Pressing the button must not drop the selection it is about.
button.addEventListener('mousedown', (event) => event.preventDefault());
button.addEventListener('click', () => {
  const found = quoted();
  if (!found) return;
  void copy(quoteUrl(found.range, found.paragraph), (passed) => {
    button.textContent = BUTTON_SAYS[passed];
    setTimeout(() => (button.textContent = 'Copy link to this quote'), 2500);
  });
});
// The ¶ of a paragraph with text selected in it copies the quote's link instead.
document.addEventListener(
  'click',
  (event) => {
    const permalink = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.permalink');
    const found = quoted();
    if (!permalink || !found || !found.paragraph.contains(permalink)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void copy(
      quoteUrl(found.range, found.paragraph),
      (passed) => passed === 'copied' && permalink.setAttribute('data-copied', ''),
    );
    setTimeout(() => permalink.removeAttribute('data-copied'), 2500);
  },
  true,
);
document.addEventListener('selectionchange', place);
place();
