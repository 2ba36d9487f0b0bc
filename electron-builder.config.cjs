// electron-builder: turns the built app (out/) into installers in dist/.
// `npm run dist` on a connected machine builds real installers; the packaging test checks this
// configuration and the packed file set offline against a stub Electron.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.chronicle.desktop',
  productName: 'Chronicle',
  copyright: 'Copyright © Chronicle contributors',
  directories: { output: 'dist', buildResources: 'build' },
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',

  // Only the desktop app. The loopback bridge (out/bridge) and the CLI (out/cli, out/node) run
  // under plain Node and are never shipped inside it; sources, tests and source maps stay out too.
  // Production dependencies (better-sqlite3, date-fns, zod, …) are added by electron-builder.
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    '!**/*.map',
    // better-sqlite3's C sources and build leftovers: only the compiled addon and its JS are needed.
    '!node_modules/better-sqlite3/{deps,src,benchmark,docs}/**',
    '!node_modules/better-sqlite3/build/{deps,Release/obj,Release/obj.target,Release/.deps}/**',
    '!node_modules/better-sqlite3/build/Release/{test_extension.node,*.a}',
    '!node_modules/better-sqlite3/build/{Makefile,config.gypi,*.mk,binding.Makefile,gyp-mac-tool}',
  ],
  // A native addon cannot be loaded from inside an asar archive.
  asarUnpack: ['**/node_modules/better-sqlite3/**/*.node'],
  // Rebuilds native modules for Electron's ABI while packaging (in node_modules: run
  // `npm rebuild better-sqlite3` afterwards to get the Node build back for tests and the CLI).
  npmRebuild: true,
  publish: null,

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'chronicle',
    synopsis: 'A local-first brag document',
    description: 'Record what you accomplished, week by week, and turn it into reviews, résumé bullets and blog posts.',
    maintainer: 'Chronicle contributors <chronicle@users.noreply.github.com>',
    icon: 'build/icons',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
};
