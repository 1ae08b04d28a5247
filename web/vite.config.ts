// Builds the explorer into web/dist, which the API server serves; `vite` in dev proxies /api.
import { defineConfig } from "vite";

export default defineConfig({
  root: __dirname,
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
