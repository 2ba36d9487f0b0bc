import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The command line and the loopback bridge: plain Node programs built from the same core.
// The bridge is never packaged into the desktop app (see electron-builder.config.cjs).
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
];

export default defineConfig({
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
      },
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'node/[name]-[hash].js' },
    },
  },
});
