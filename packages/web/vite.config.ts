import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  // The deployed site's CSP allows no inline script: keep Vite from inlining its module preload helper.
  build: { modulePreload: { polyfill: false }, target: "es2022" },
  server: { port: 5173 },
});
