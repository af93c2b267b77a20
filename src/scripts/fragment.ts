/**
 * The id a URL fragment names (`#caf%C3%A9` → `café`). A fragment that is not
 * valid percent-encoding (`#%E0`, hand-typed or cut short by a chat app) names
 * the id spelled as it stands, so reading it never throws.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
