/**
 * How a test hears what a page did wrong in engines that report nothing to
 * the test (WebKitWebDriver has no BiDi and no log endpoint): the test server
 * adds a same-origin script to every page that sends uncaught errors,
 * unhandled rejections, `console.error` calls and CSP violations back to it,
 * and sends the page's own Content-Security-Policy again as a header with a
 * `report-uri`, which the browser reports to on its own. The `<meta>` policy
 * stays in force: the header only adds reports.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Element } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';

/** One thing a page reported. */
export interface PageReport {
  kind: string;
  text: string;
  page: string;
}

const PREFIX = '/__observe/';
const SCRIPT = `${PREFIX}errors.js`;

// Plain ES2015, run first in <head> (before the page's own scripts).
const OBSERVER = `(() => {
  const send = (kind, text) => navigator.sendBeacon('${PREFIX}report', JSON.stringify({ kind, text: String(text), page: location.href }));
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) send('uncaught error', event.message + ' (' + event.filename + ':' + event.lineno + ')');
  });
  addEventListener('unhandledrejection', (event) => send('unhandled rejection', (event.reason && event.reason.stack) || event.reason));
  document.addEventListener('securitypolicyviolation', (event) =>
    send('CSP violation', event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' (' + event.sourceFile + ':' + event.lineNumber + ')'));
  const error = console.error.bind(console);
  console.error = (...args) => { send('console.error', args.map(String).join(' ')); error(...args); };
})();
`;

export class PageObserver {
  readonly reports: PageReport[] = [];

  /** Handle the observer's own requests; `false` for any other request. */
  handle(request: IncomingMessage, response: ServerResponse, pathname: string): boolean {
    if (!pathname.startsWith(PREFIX)) return false;
    if (pathname === SCRIPT) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(OBSERVER);
      return true;
    }
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      this.reports.push(pathname === `${PREFIX}csp` ? cspReport(body) : (JSON.parse(body || '{}') as PageReport));
      response.writeHead(204).end();
    });
    return true;
  }

  /** The page with the observer script first in `<head>`, and the headers that repeat its policy with a report address. */
  page(html: string): { html: string; headers: Record<string, string> } {
    const policy = metaPolicy(html);
    const headers: Record<string, string> = policy
      ? { 'content-security-policy': `${policy}; report-uri ${PREFIX}csp` }
      : {};
    return { html: html.replace(/<head>/i, `<head><script src="${SCRIPT}"></script>`), headers };
  }

  /** Everything reported since the last call. */
  take(): PageReport[] {
    return this.reports.splice(0);
  }
}

function cspReport(body: string): PageReport {
  try {
    const report = (JSON.parse(body) as { 'csp-report'?: Record<string, string> })['csp-report'] ?? {};
    return {
      kind: 'CSP violation (report-uri)',
      text: `${report['violated-directive']} blocked ${report['blocked-uri']}`,
      page: report['document-uri'] ?? '',
    };
  } catch {
    return { kind: 'CSP violation (report-uri)', text: body, page: '' };
  }
}

/** The page's `<meta http-equiv="content-security-policy">` policy, if it has one. */
function metaPolicy(html: string): string | undefined {
  let policy: string | undefined;
  visit(rehype().parse(html), 'element', (node: Element) => {
    if (node.tagName === 'meta' && String(node.properties['httpEquiv']).toLowerCase() === 'content-security-policy') {
      policy = String(node.properties['content']);
    }
  });
  return policy;
}
