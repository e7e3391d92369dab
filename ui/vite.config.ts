import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// The Tauri window loads ui/dist (tauri://localhost) in builds with the `custom-protocol` feature, and
// this dev server (build.devUrl in ../tauri.conf.json) otherwise.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // `fs.allow`: the message catalogues live beside the core in ../locales, outside the UI's root.
  server: { host: 'localhost', port: 5173, strictPort: true, fs: { allow: ['.', '../locales'] } },
  build: { outDir: 'dist', emptyOutDir: true },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
