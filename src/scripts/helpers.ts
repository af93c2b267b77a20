/**
 * Modules an article page loads only when a reader needs them. The article's
 * own script is inlined in the page, where a dynamic import cannot resolve
 * its chunk, and shares no module with the site's loader (search-loader.ts,
 * a file every page loads; a shared module would become a file of its own
 * and cost the page a request). So it asks the loader by an event, whose
 * name the loader takes from here as a type only.
 */
export type Helper = 'stale-link' | 'quote-link';

export const HELPER_EVENT = 'broadsheet:helper';
/** Set on `<html>` by the loader once it listens: until then, or if it never arrives, no helper will. */
export const HELPERS_LISTENING = 'data-helpers';

export interface HelperRequest {
  name: Helper;
  /** For `stale-link`: the id the address asks for, decoded. */
  fragment?: string;
  /** Called once the helper has done its work, or failed to load. */
  ready?: () => void;
}

export function requestHelper(request: HelperRequest): void {
  document.dispatchEvent(new CustomEvent<HelperRequest>(HELPER_EVENT, { detail: request }));
}

/** Whether a request would be heard (the loader is here). */
export const helpersListening = (): boolean => document.documentElement.hasAttribute(HELPERS_LISTENING);
