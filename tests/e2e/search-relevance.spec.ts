import { articlePath } from '../../src/lib/paths';
import { expect, test } from './fixtures';

/**
 * Queries whose answer a reader knows, written from the fixture articles: the
 * top result's headline link must land on that paragraph. (npm run bench
 * reports the same measure over a larger generated set.)
 */
const RELEVANCE = [
  {
    query: 'military facilities',
    article: 'li-shangfu-visits-russia-and-belarus',
    paragraph: 'following-his-stay-in-russia',
  },
  // Both words only there; the opening paragraph has “Belarus” alone, a subhead too.
  {
    query: 'belarus military',
    article: 'li-shangfu-visits-russia-and-belarus',
    paragraph: 'following-his-stay-in-russia',
  },
  // The exact phrase beats a paragraph holding both words apart.
  {
    query: 'defense cooperation',
    article: 'li-shangfu-visits-russia-and-belarus',
    paragraph: 'following-his-stay-in-russia',
  },
  // Words in different paragraphs: the first that holds one, in reading order.
  {
    query: 'Putin neutrality',
    article: 'li-shangfu-visits-russia-and-belarus',
    paragraph: 'this-visit-signifies-the-robust',
  },
  {
    query: 'консультации',
    article: 'ru-peregovory-v-minske',
    paragraph: 'стороны-договорились-продолжить-консультации-и',
  },
  {
    query: 'военном сотрудничестве',
    article: 'ru-peregovory-v-minske',
    paragraph: 'делегации-россии-и-беларуси-провели',
  },
  { query: '运价', article: 'zh-shanghai-port', paragraph: '多家航运公司表示欧洲航线的订舱量在夏季明显回升但' },
];

for (const { query, article, paragraph } of RELEVANCE) {
  test(`“${query}”: the top result lands on its answer paragraph`, async ({ page, baseURL }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('search-page').getByRole('status')).toHaveText(/articles? for/);
    const top = page.locator('search-page .results > li h2 a').first();
    const href = new URL((await top.getAttribute('href'))!, baseURL);
    expect(href.pathname).toBe(new URL(articlePath(article), baseURL).pathname);
    expect(decodeURIComponent(href.hash.slice(1))).toBe(paragraph);
  });
}
