import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// The Tauri window loads ui/dist (tauri://localhost) in builds with the `custom-protocol` feature, and
// this dev server (build.devUrl in ../tauri.conf.json) otherwise.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { host: 'localhost', port: 5173, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
