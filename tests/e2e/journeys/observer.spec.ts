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
  await expect.poll(() => site.observer.reports.map((report) => report.kind)).toEqual(expect.arrayContaining(['uncaught error', 'CSP violation']));
  site.observer.take();
});
