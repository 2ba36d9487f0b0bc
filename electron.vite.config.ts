import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The dev server's hot reloading injects an inline script, which the page's strict CSP meta tag
 * (script-src 'self') would block. In development only, the tag is dropped; built pages keep it,
 * and Electron adds the same policy as a header on app:// responses.
 */
function relaxCspInDevelopment(): Plugin {
  return {
    name: 'chronicle:relax-csp-in-development',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      // The backend host (electron/host) is built next to main as out/main/host.js: main starts it
      // as a utility process, and it must ship inside app.asar with main.
      rollupOptions: { input: { index: resolve('electron/main/index.ts'), host: resolve('electron/host/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), relaxCspInDevelopment()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
