import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The command line and the loopback bridge: plain Node programs built from the same core.
// The bridge is never packaged into the desktop app (see electron-builder.config.cjs).
// Pure-JavaScript libraries are bundled, so rollup keeps only what is used and Node reads a few
// files instead of hundreds (date-fns alone is ~250 modules: seconds on a busy machine, for a
// command that should start in milliseconds). Only native modules stay external.
const NATIVE = ['better-sqlite3'];
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...NATIVE];

export default defineConfig({
  // Compromise builds its lexicon on import; the stand-in loads it on first use (see the file).
  resolve: { alias: { compromise: resolve('electron/cli/lazyCompromise.ts') } },
  ssr: { noExternal: true, external: NATIVE },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        'cli/chronicle': resolve('electron/cli/chronicle.ts'),
        'bridge/serve': resolve('electron/bridge/serve.ts'),
        // The backend host the bridge forks twice (interactive and long work), as the app does.
        'bridge/host': resolve('electron/host/index.ts'),
      },
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'node/[name]-[hash].js' },
    },
  },
});
