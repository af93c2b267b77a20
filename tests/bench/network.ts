/**
 * Records every request of a browser context (pages and their workers) with
 * its sizes: transfer (headers + body as sent, i.e. compressed), encoded body
 * (compressed body) and decoded body.
 */
import type { BrowserContext, Request } from 'playwright-core';

export interface RequestRecord {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, image, … */
  type: string;
  status: number;
  /** Response headers + encoded body: what crossed the wire. */
  transferBytes: number;
  /** The body as sent (gzip when the server compressed it). */
  encodedBytes: number;
  /** The body after decompression. */
  decodedBytes: number;
  contentEncoding: string;
  contentType: string;
  failed: boolean;
}

export interface TypeTotals {
  requests: number;
  transferBytes: number;
  encodedBytes: number;
  decodedBytes: number;
}

export class NetworkRecorder {
  private readonly started: Request[] = [];
  private readonly records = new Map<Request, RequestRecord>();
  private readonly pending = new Set<Promise<void>>();
  private lastActivity = performance.now();

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      this.started.push(request);
      this.lastActivity = performance.now();
    });
    context.on('requestfinished', (request) => this.track(this.finish(request, false)));
    context.on('requestfailed', (request) => this.track(this.finish(request, true)));
  }

  /** A marker: requests started from now on. */
  mark(): number {
    return this.started.length;
  }

  /** Waits until no request is in flight and none has started or ended for `quietMs`. */
  async settle(quietMs = 300, maxMs = 15_000): Promise<void> {
    const deadline = performance.now() + maxMs;
    while (performance.now() < deadline) {
      await Promise.all([...this.pending]);
      const inFlight = this.started.some((request) => !this.records.has(request));
      if (!inFlight && performance.now() - this.lastActivity >= quietMs) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Requests started between two markers (`to` defaults to now). */
  between(from: number, to = this.started.length): RequestRecord[] {
    return this.started.slice(from, to).flatMap((request) => {
      const record = this.records.get(request);
      return record ? [record] : [];
    });
  }

  unfinished(from: number, to = this.started.length): string[] {
    return this.started
      .slice(from, to)
      .filter((request) => !this.records.has(request))
      .map((request) => request.url());
  }

  private track(promise: Promise<void>): void {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise));
  }

  private async finish(request: Request, failed: boolean): Promise<void> {
    this.lastActivity = performance.now();
    let transferBytes = 0;
    let encodedBytes = 0;
    let decodedBytes = 0;
    let status = 0;
    let contentEncoding = '';
    let contentType = '';
    try {
      const response = failed ? null : await request.response();
      if (response) {
        status = response.status();
        contentEncoding = (await response.headerValue('content-encoding')) ?? '';
        contentType = (await response.headerValue('content-type')) ?? '';
        const sizes = await request.sizes();
        encodedBytes = sizes.responseBodySize;
        transferBytes = sizes.responseHeadersSize + sizes.responseBodySize;
        decodedBytes = await response.body().then(
          (body) => body.byteLength,
          () => (contentEncoding ? Number.NaN : encodedBytes),
        );
      }
    } catch {
      // The page or context closed under us: keep what we have.
    }
    this.records.set(request, {
      url: request.url(),
      type: request.resourceType(),
      status,
      transferBytes,
      encodedBytes,
      decodedBytes,
      contentEncoding,
      contentType,
      failed,
    });
    this.lastActivity = performance.now();
  }
}

export function totals(records: readonly RequestRecord[]): TypeTotals {
  return records.reduce(
    (sum, record) => ({
      requests: sum.requests + 1,
      transferBytes: sum.transferBytes + record.transferBytes,
      encodedBytes: sum.encodedBytes + record.encodedBytes,
      decodedBytes: sum.decodedBytes + record.decodedBytes,
    }),
    { requests: 0, transferBytes: 0, encodedBytes: 0, decodedBytes: 0 },
  );
}

export function totalsByType(records: readonly RequestRecord[]): Record<string, TypeTotals> {
  const byType: Record<string, TypeTotals> = {};
  for (const type of new Set(records.map((record) => record.type)))
    byType[type] = totals(records.filter((record) => record.type === type));
  return byType;
}
