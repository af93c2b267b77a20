// A rendering thread for the articles' Markdown (see markdown-threads.ts).
// Node runs it straight from source, so local imports carry their extension.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { articleMarkdown } from './article-markdown.ts';
import type { Job, ThreadOptions } from './markdown-threads.ts';

const { markdown, shared } = workerData as ThreadOptions;
const renderer = await articleMarkdown(markdown).createRenderer(shared);

parentPort!.on('message', async ({ id, body, data, filePath }: Job) => {
  try {
    // What Astro's own render function for .md entries returns (astro/dist/vite-plugin-markdown/content-entry-type.js).
    const result = await renderer.render(body, {
      frontmatter: data,
      ...(filePath ? { fileURL: pathToFileURL(filePath) } : {}),
    });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    const imagePaths = [...localImagePaths, ...remoteImagePaths];
    parentPort!.postMessage({ id, rendered: { html: result.code, metadata: { ...result.metadata, imagePaths } } });
  } catch (error) {
    parentPort!.postMessage({ id, error });
  }
});
