import { isQueryTooShort, searchInTurn, type ArticleResult, type Filters, type SearchOptions } from './search-client';
import { runLatest } from './run-latest';
import { MESSAGES, roundMessage, withSlowNotice } from './search-text';

export interface SearchRequest {
  query: string;
  filters?: Filters;
  sort?: SearchOptions['sort'];
}

/** Where a search stands, with the words the live region says about it. */
export interface SearchState {
  phase: 'idle' | 'too-short' | 'loading' | 'results' | 'failed';
  query: string;
  /** The articles found so far (for `results`), else none. */
  results: ArticleResult[];
  message: string;
  /** No older bundle is left to read. */
  final: boolean;
}

/**
 * One search, as both search surfaces (the header box, the search page) run
 * it: the newest request only (a newer one aborts the one running, and no
 * stale result is ever shown), a loading state only once the index is slow,
 * the newest articles first and the archive's under them. Views only render
 * the states it reports.
 */
export function searchController(
  base: string,
  show: (state: SearchState) => void,
  options: Pick<SearchOptions, 'limit' | 'enough'> = {},
) {
  const state = (
    query: string,
    phase: SearchState['phase'],
    message: string,
    results: ArticleResult[] = [],
    final = true,
  ) => show({ phase, query, results, message, final });
  const schedule = runLatest<SearchRequest>(async ({ query, filters, sort }, signal) => {
    if (!query) return state(query, 'idle', MESSAGES.empty);
    if (isQueryTooShort(query)) return state(query, 'too-short', MESSAGES.tooShort);
    try {
      const rounds = searchInTurn(base, query, {
        ...options,
        ...(filters ? { filters } : {}),
        ...(sort ? { sort } : {}),
        signal,
      });
      const loading = () => signal.aborted || state(query, 'loading', MESSAGES.loading);
      for (let round = await withSlowNotice(rounds.next(), loading); !round.done; round = await rounds.next()) {
        if (signal.aborted) return void rounds.return(undefined);
        const { results, more } = round.value;
        state(query, 'results', roundMessage(query, results, more), results, !more);
      }
    } catch {
      if (!signal.aborted) state(query, 'failed', MESSAGES.failed);
    }
  });
  return {
    /** Search for `request` now, or as soon as the search running gives way. */
    search: (request: SearchRequest) => schedule(request),
    /** Stop: nothing more is shown until the next search. */
    cancel: () => schedule.cancel(),
  };
}
