import { article, expect, test } from './fixtures.ts';

// The other journeys pass only when pages report nothing; that means
// something only if a report of each kind does arrive, in every engine.
test('the test server hears a page’s uncaught errors and CSP violations', async ({ reader, site }) => {
  await reader.goto(article.path);
  await reader.evaluate(() => {
    setTimeout(() => {
      throw new Error('observer probe');
    });
    const script = document.createElement('script');
    script.textContent = 'window.probe = 1';
    document.head.append(script);
  });
  // (Chromium names an error thrown by the test's own script only "Script error.")
  await expect
    .poll(() => site.observer.reports.map((report) => report.kind))
    .toEqual(expect.arrayContaining(['uncaught error', 'CSP violation']));
  // The violation is reported once a policy (the page's and the server's copy), by event and by report-uri: let the rest arrive.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  site.observer.take();
});
