import { defineConfig } from "vite";

export default defineConfig({
  // Relative asset URLs: the server chooses where the IDE's files are mounted (see src/api/graphiql.ts).
  base: "./",
  // React's automatic JSX runtime without @vitejs/plugin-react. Vite 8 transforms with Oxc; its
  // `esbuild: { jsx: "automatic" }` spelling is deprecated and untyped unless esbuild is installed.
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    // Monaco alone is ~2.8 MB. The IDE is fetched from the API's own host, so chunk size is not a concern.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onLog(level, log, handler) {
        // GraphiQL's dependencies mark modules "use client" for React Server Components; a plain
        // browser bundle drops the directive on purpose, so one warning per file is only noise.
        if (log.code !== "MODULE_LEVEL_DIRECTIVE") {
          handler(level, log);
        }
      },
    },
  },
});
