/** A site-relative path under the configured base (`import.meta.env.BASE_URL`). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
