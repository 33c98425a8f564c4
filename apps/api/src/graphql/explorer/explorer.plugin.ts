import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { explorerHtml } from './explorer-assets';

/** Serves the explorer on GET /graphql for browsers (Apollo's landing-page hook). */
export const explorerPlugin = (graphqlPath: string): ApolloServerPlugin => ({
  async serverWillStart() {
    const html = explorerHtml(graphqlPath);
    return {
      async renderLandingPage() {
        return { html };
      },
    };
  },
});
