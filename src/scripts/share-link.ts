/** What became of a link offered to the reader. */
export type Passed = 'shared' | 'copied' | 'cancelled' | 'failed';

/**
 * Hand a link on: the system share sheet where the browser has one (phones,
 * mostly), else the clipboard. A reader who closes the sheet has cancelled,
 * not failed; a sheet that cannot open falls back to copying.
 */
export async function passOn(url: string, title: string): Promise<Passed> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.({ url }) ?? true)) {
    try {
      await navigator.share({ url, title });
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return 'cancelled';
    }
  }
  if (!navigator.clipboard) return 'failed';
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed'; // Clipboard refused (permissions, insecure origin).
  }
}

/** The event a lazily loaded script sends to have a link passed on by the article page's own code. */
export const PASS_ON_EVENT = 'broadsheet:pass-on';

export interface PassOnRequest {
  url: string;
  title: string;
  done(passed: Passed): void;
}

/**
 * Pass on links for scripts loaded later (the quote link): they ask by
 * event, so they share no module with the article page's inline script,
 * which would cost the page a request for a chunk of its own.
 */
export function answerPassOn(): void {
  document.addEventListener(PASS_ON_EVENT, (event) => {
    const { url, title, done } = (event as CustomEvent<PassOnRequest>).detail;
    void passOn(url, title).then(done);
  });
}
