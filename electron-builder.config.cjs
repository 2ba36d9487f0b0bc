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
    // better-sqlite3 13 ships prebuilt Node-API addons for eight platforms (one file loads in Node
    // and Electron alike): only the target's is kept, and nothing to compile. ${platform} and ${arch}
    // are electron-builder's macros for the platform and architecture being packed.
    '!node_modules/better-sqlite3/{deps,src,benchmark,docs,build}/**',
    '!node_modules/better-sqlite3/binding.gyp',
    '!node_modules/better-sqlite3/prebuilds/*.node',
    'node_modules/better-sqlite3/prebuilds/${platform}-${arch}.node',
    '!node_modules/node-addon-api/**',
  ],
  // A native addon cannot be loaded from inside an asar archive.
  asarUnpack: ['**/node_modules/better-sqlite3/prebuilds/*.node'],
  // Nothing is compiled: the addon is Node-API, so the prebuilt file is already right for Electron.
  npmRebuild: false,
  // Electron's fuses, flipped in the packed binary: no running it as plain Node, no NODE_OPTIONS or
  // --inspect to inject code, the app only from its (integrity-checked) asar, cookies encrypted.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
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
