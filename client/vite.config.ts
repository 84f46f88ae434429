import { defineConfig } from 'vite';

// React's JSX goes through esbuild's automatic runtime; no React plugin is needed for a build.
export default defineConfig({
  root: import.meta.dirname,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // react-router marks its modules "use client" for server components; a browser bundle ignores that.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/health', '/export', '/feeds', '/badges'].map((path) => [path, 'http://localhost:4000']),
    ),
  },
});
