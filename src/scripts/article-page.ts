// Everything an article page does with JavaScript, as one small inline
// module: separate entries sharing a helper would cost a request of their own.
import { highlightOnArrival } from './highlight-on-arrival';
import { enhancePermalinks } from './paragraph-permalinks';
import './toc-highlight';

enhancePermalinks();
highlightOnArrival();
