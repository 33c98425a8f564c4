import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const api = process.env.KINDLING_API_URL ?? 'http://localhost:3000';

// apps/web is an npm workspace: React 19 lives in apps/web/node_modules while the
// root keeps React 18 for the GraphiQL explorer. Libraries hoisted to the root
// (Apollo, the router, Testing Library) must still get this app's React.
const ownReact = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'];

export default defineConfig({
  plugins: [react()],
  resolve: {
    dedupe: ownReact,
    alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: fileURLToPath(new URL('./node_modules/$1$2', import.meta.url)) }],
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/auth': { target: api, changeOrigin: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Pre-bundled by Vite so their require('react') meets the dedupe above.
    deps: {
      optimizer: {
        client: {
          enabled: true,
          include: [
            '@testing-library/react',
            '@tanstack/react-router',
            '@apollo/client',
            '@apollo/client/react',
            'lucide-react',
            '@uiw/react-heat-map',
          ],
        },
      },
    },
  },
});
