// Everything an article page does with JavaScript, as one small inline
// module: separate entries sharing a helper would cost a request of their own.
import { requestHelper } from './helpers';
import { highlightOnArrival } from './highlight-on-arrival';
import { followOldLink } from './old-links';
import { enhancePermalinks } from './paragraph-permalinks';
import { answerPassOn } from './share-link';
import './toc-highlight';

enhancePermalinks();
answerPassOn();
highlightOnArrival();
followOldLink();
// Text selected in a paragraph can be linked to: the quote-link helper arrives then.
document.addEventListener('selectionchange', () => {
  const node = getSelection()?.anchorNode;
  const element = node instanceof Element ? node : node?.parentElement;
  if (!getSelection()?.isCollapsed && element?.closest('.prose p')) requestHelper({ name: 'quote-link' });
});
