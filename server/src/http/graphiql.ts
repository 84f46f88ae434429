import type http from 'node:http';
import type { GraphiQLOptions } from 'graphql-yoga';
import { sendCacheable, sendNotFound } from './http-cache.js';

/**
 * GraphiQL, as @graphql-yoga/render-graphiql ships it, but with no inline script, so that the page
 * satisfies a Content-Security-Policy of `script-src 'self'`: the package's page inlines its 5 MB
 * bundle and turns its editor workers into blob: URLs; here the bundle, its start and each worker
 * are files under /graphiql/, and the options travel in a data attribute. The package is loaded
 * when GraphiQL is first asked for, not at start: its bundle, held as strings, is about 47 MB of
 * resident memory that a server nobody opens GraphiQL on need not hold.
 */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

const WORKERS = {
  editorWorkerService: { file: 'editor.worker.js', source: 'editorWorkerService' },
  json: { file: 'json.worker.js', source: 'jsonWorker' },
  graphql: { file: 'graphql.worker.js', source: 'graphqlWorker' },
} as const;

// What the package's inline script did before and after its bundle, reading the options from the page.
const workerUrls = Object.fromEntries(
  Object.entries(WORKERS).map(([label, { file }]) => [label, `${GRAPHIQL_ASSETS_PATH}${file}`]),
);
const beforeBundle = `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => (${JSON.stringify(workerUrls)})[label] };`;
const afterBundle = `{
  const root = document.querySelector('#root');
  YogaGraphiQL.renderYogaGraphiQL(root, JSON.parse(root.dataset.options));
}`;

const SCRIPT = 'text/javascript; charset=utf-8';

interface GraphiQLFiles {
  favicon: string;
  assets: Map<string, { type: string; body: string }>;
}

let loaded: Promise<GraphiQLFiles> | null = null;

function graphiqlFiles(): Promise<GraphiQLFiles> {
  loaded ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => ({
    favicon: bundle.favicon,
    assets: new Map<string, { type: string; body: string }>([
      ['graphiql.js', { type: SCRIPT, body: `${beforeBundle}\n${bundle.js};\n${afterBundle}\n` }],
      ['graphiql.css', { type: 'text/css; charset=utf-8', body: bundle.css }],
      ...Object.values(WORKERS).map(({ file, source }) => [file, { type: SCRIPT, body: bundle[source] }] as const),
    ]),
  }));
  return loaded;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page at GET /graphql for a browser: yoga's `renderGraphiQL` option. */
export async function renderGraphiQLPage(options?: GraphiQLOptions): Promise<string> {
  const { favicon } = await graphiqlFiles();
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options?.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${favicon}" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root" data-options="${escapeHtml(JSON.stringify(options ?? {}))}"></div>
    <script src="${GRAPHIQL_ASSETS_PATH}graphiql.js"></script>
  </body>
</html>
`;
}

export function isGraphiQLAssetPath(path: string): boolean {
  return path.startsWith(GRAPHIQL_ASSETS_PATH);
}

/** GraphiQL's script, style and workers; they change only with the package, so a browser revalidates by ETag. */
export async function serveGraphiQLAsset(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
): Promise<void> {
  const found = (await graphiqlFiles()).assets.get(path.slice(GRAPHIQL_ASSETS_PATH.length));
  if (!found || (req.method !== 'GET' && req.method !== 'HEAD')) sendNotFound(res, `no GraphiQL file ${path}`);
  else sendCacheable(req, res, { ...found, cacheControl: 'no-cache' });
}
