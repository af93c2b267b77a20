/**
 * Weight of one article page in a fresh browser context: requests and bytes
 * (transfer, compressed body, decoded body) by resource type, with
 * JavaScript on or off.
 */
import type { Browser } from 'playwright-core';
import { freshContext } from './browser.ts';
import { NetworkRecorder, totals, totalsByType, type RequestRecord, type TypeTotals } from './network.ts';

export interface PageWeight extends TypeTotals {
  byType: Record<string, TypeTotals>;
  requestList: Pick<RequestRecord, 'url' | 'type' | 'status' | 'encodedBytes' | 'decodedBytes' | 'contentEncoding'>[];
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;

export async function measurePage(browser: Browser, url: string, javaScriptEnabled: boolean): Promise<PageWeight> {
  const context = await freshContext(browser, javaScriptEnabled);
  try {
    const recorder = new NetworkRecorder(context);
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await recorder.settle(500);
    const records = recorder.between(0);
    const failed = records.filter((record) => record.failed || record.status >= 400);
    if (failed.length > 0)
      throw new Error(
        `Failed requests on ${url}: ${failed.map((record) => `${record.url} (${record.status})`).join(', ')}`,
      );
    // Guard the measurement itself: the server must have compressed every text response.
    const plain = records.filter(
      (record) => COMPRESSIBLE.test(record.contentType) && record.contentEncoding !== 'gzip',
    );
    if (plain.length > 0) throw new Error(`Not gzipped by the server: ${plain.map((record) => record.url).join(', ')}`);
    return {
      ...totals(records),
      byType: totalsByType(records),
      requestList: records.map(({ url, type, status, encodedBytes, decodedBytes, contentEncoding }) => ({
        url,
        type,
        status,
        encodedBytes,
        decodedBytes,
        contentEncoding,
      })),
    };
  } finally {
    await context.close();
  }
}
