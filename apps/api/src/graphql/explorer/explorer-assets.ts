import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The explorer's scripts and styles, served from node_modules so the page works offline. */
export const EXPLORER_ASSETS: Record<string, { file: () => string; type: string }> = {
  'react.js': { file: () => join(packageDir('react'), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: () => join(packageDir('react-dom'), 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: () => join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: () => join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const cache = new Map<string, Buffer>();

export function readExplorerAsset(name: string): { body: Buffer; type: string } | null {
  // Own keys only: `constructor` or `__proto__` must be a 404, not Object.prototype's members.
  const asset = Object.hasOwn(EXPLORER_ASSETS, name) ? EXPLORER_ASSETS[name] : undefined;
  if (!asset) return null;
  if (!cache.has(name)) cache.set(name, readFileSync(asset.file()));
  return { body: cache.get(name)!, type: asset.type };
}

export const EXPLORER_ASSET_PATH = '/graphql-explorer';

/** GraphiQL 3 page: queries over HTTP, subscriptions over graphql-ws on the same path. */
export function explorerHtml(graphqlPath: string): string {
  const asset = (name: string) => `${EXPLORER_ASSET_PATH}/${name}`;
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Kindling GraphQL explorer</title>
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
    <link rel="stylesheet" href="${asset('graphiql.css')}" />
    <script src="${asset('react.js')}"></script>
    <script src="${asset('react-dom.js')}"></script>
    <script src="${asset('graphiql.js')}"></script>
  </head>
  <body>
    <div id="graphiql">Loading…</div>
    <script>
      const wsUrl = location.origin.replace(/^http/, 'ws') + '${graphqlPath}';
      const fetcher = GraphiQL.createFetcher({ url: '${graphqlPath}', subscriptionUrl: wsUrl });
      const defaultQuery = '# Sign in with the login mutation, then set the header\\n# { "Authorization": "Bearer <accessToken>" }\\n\\nquery Me {\\n  me { handle displayName followerCount }\\n}\\n';
      ReactDOM.createRoot(document.getElementById('graphiql')).render(
        React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true, shouldPersistHeaders: true }),
      );
    </script>
  </body>
</html>`;
}
