import { Readable } from 'node:stream';
import FeedParser, { type Item, type Meta } from 'feedparser';
import { expect, test } from './fixtures';
import { articlePath } from '../../src/lib/paths';

/** The feed as a real feed reader's parser (feedparser, used by many readers) makes of it. */
async function parseFeed(xml: string): Promise<{ meta: Meta; items: Item[] }> {
  const parser = new FeedParser({ addmeta: false });
  const items: Item[] = [];
  let meta: Meta | undefined;
  await new Promise<void>((resolve, reject) => {
    parser.on('error', reject);
    parser.on('meta', (value: Meta) => (meta = value));
    parser.on('readable', () => {
      for (let item = parser.read() as Item | null; item; item = parser.read() as Item | null) items.push(item);
    });
    parser.on('end', resolve);
    Readable.from([xml]).pipe(parser);
  });
  return { meta: meta!, items };
}

test('a feed reader gets the opening paragraph’s text as written: C#, snake_case, * and no markup', async ({
  request,
  baseURL,
}) => {
  const xml = await (await request.get('rss.xml')).text();
  const { items } = await parseFeed(xml);
  const item = items.find(
    (candidate) => candidate.title === 'Developers Debate Naming Rules at the Harbour Software Fair',
  );
  expect(item?.description).toBe(
    'Engineers who write C# and snake_case identifiers agreed that 5 * 3 is a long enough list of rules, and that a > b is no reason to rename a variable.',
  );
  expect(new URL(item!.link).pathname).toBe(new URL(articlePath('feed-plain-text'), baseURL).pathname);
  // An article with a standfirst is described by it.
  const seed = items.find((candidate) => candidate.title.startsWith('China’s Defense Minister'));
  expect(seed?.description).toMatch(/^Li Shangfu begins a six-day trip/);
});

test('the feed points at itself and dates its last change, and declares only the namespaces it uses', async ({
  request,
  baseURL,
}) => {
  const xml = await (await request.get('rss.xml')).text();
  const { meta, items } = await parseFeed(xml);
  const self = (meta as unknown as Record<string, { '@': Record<string, string> }>)['atom:link']!['@'];
  expect(self['rel']).toBe('self');
  expect(self['type']).toBe('application/rss+xml');
  expect(new URL(self['href']!).pathname).toBe(new URL('rss.xml', baseURL).pathname);
  const newest = Math.max(...items.map((item) => item.pubdate!.getTime()));
  const built = (meta as unknown as Record<string, { '#': string }>)['rss:lastbuilddate']!['#'];
  expect(Date.parse(built)).toBe(newest);
  const declared = Object.keys(meta['#ns'].reduce((all, ns) => ({ ...all, ...ns }), {}));
  const bylines = items.some((item) => (item as unknown as Record<string, unknown>)['dc:creator']);
  expect(declared.includes('xmlns:dc')).toBe(bylines);
  expect(declared).toContain('xmlns:atom');
});
