import {
  isQueryTooShort,
  searchInTurn,
  type ArticleResult,
  type Filters,
  type SearchOptions,
  type SearchRound,
} from './search-client';
import { runLatest } from './run-latest';
import { countMessage, MESSAGES, withoutMissing, withSlowNotice } from './search-text';

export interface SearchRequest {
  query: string;
  filters?: Filters;
  sort?: SearchOptions['sort'];
  /** How many articles to show at once (the search page's `page` × its page size). */
  show: number;
}

/** Where a search stands, with the words the live region says about it. */
export interface SearchState {
  phase: 'idle' | 'too-short' | 'loading' | 'results' | 'failed';
  query: string;
  message: string;
  /** Articles matching, over the bundles read. */
  total: number;
  /** The first `show` of them, loaded. */
  results: ArticleResult[];
  /** An older bundle is still unread; `final`: no more answers are coming. */
  more: boolean;
  final: boolean;
  /** With no results: the query without the words no article mentions, if any are left. */
  instead: string | undefined;
  /** Load more of the same results (places [from, to)); empty if a newer search has started. */
  load(from: number, to: number): Promise<ArticleResult[]>;
}

const none = async () => [];

/**
 * One search, as both search surfaces (the header box, the search page) run
 * it: the newest request only (a newer one aborts the one running, and no
 * stale result is ever shown), a loading state only once the index is slow,
 * the newest articles first and the archive's under them, true counts. Views
 * only render the states it reports.
 */
export function searchController(
  base: string,
  show: (state: SearchState) => void,
  options: Pick<SearchOptions, 'enough' | 'typing'> = {},
) {
  const plain = (query: string, phase: SearchState['phase'], message: string) =>
    show({ phase, query, message, total: 0, results: [], more: false, final: true, instead: undefined, load: none });
  const schedule = runLatest<SearchRequest>(async (request, signal) => {
    const { query } = request;
    if (!query) return plain(query, 'idle', MESSAGES.empty);
    if (isQueryTooShort(query)) return plain(query, 'too-short', MESSAGES.tooShort);
    try {
      const options_ = {
        ...options,
        ...(request.filters ? { filters: request.filters } : {}),
        ...(request.sort ? { sort: request.sort } : {}),
        signal,
      };
      const rounds = searchInTurn(base, query, options_);
      const loading = () => signal.aborted || plain(query, 'loading', MESSAGES.loading);
      let round: IteratorResult<SearchRound>;
      for (round = await withSlowNotice(rounds.next(), loading); !round.done; round = await rounds.next()) {
        const { total, more, missing, load } = round.value;
        // The last round of a surface that stops early (the header box) still leaves `more` set.
        const final = !more || total >= (options.enough ?? Infinity);
        const results = await load(0, request.show);
        if (signal.aborted) return void rounds.return(undefined);
        const guarded = async (from: number, to: number) => (signal.aborted ? [] : load(from, to));
        show({
          phase: 'results',
          query,
          total,
          results,
          more,
          final,
          instead: total ? undefined : withoutMissing(query, missing),
          load: guarded,
          message: countMessage(query, { total, more, final, missing }),
        });
      }
    } catch {
      if (!signal.aborted) plain(query, 'failed', MESSAGES.failed);
    }
  });
  return {
    /** Search for `request` now, or as soon as the search running gives way. */
    search: (request: SearchRequest) => schedule(request),
    /** Stop: nothing more is shown until the next search. */
    cancel: () => schedule.cancel(),
  };
}
