/**
 * `task` over every item, at most `size` at a time; the results in the
 * items' order. For work that waits (on the disk, on Pagefind's process):
 * the waits overlap, without starting thousands of them at once.
 */
export async function inPool<T, R>(size: number, items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let at = next++; at < items.length; at = next++) results[at] = await task(items[at]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}
