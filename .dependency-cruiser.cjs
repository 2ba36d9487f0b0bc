/**
 * The one import rule (ARCHITECTURE.md), enforced inside `npm test`:
 *   shared/   pure TypeScript: imports date-fns and zod, nothing from other layers, no Node, no DOM.
 *   renderer/ imports shared/ and browser packages only.
 *   electron/core, bridge, cli run under plain Node: never 'electron'.
 *   Only electron/main and electron/preload import 'electron'.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ may import only shared/, date-fns, zod and the Markdown parser (pure text).',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        pathNot: [
          '^shared/',
          '^node_modules/(date-fns|zod)/',
          '^node_modules/(mdast-util-from-markdown|mdast-util-gfm|micromark-extension-gfm|@types/mdast)/',
        ],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-imports-shared-only',
      comment: 'The renderer talks to the backend only through the API client.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '^node_modules/(electron|better-sqlite3|chrono-node)/'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'features-stay-apart',
      comment:
        'A feature folder never imports another feature folder: what features share lives in renderer/entries (about entries) or renderer/ui (generic). renderer/app composes features.',
      severity: 'error',
      from: { path: '^renderer/features/([^/]+)/' },
      to: { path: '^renderer/features/', pathNot: '^renderer/features/$1/' },
    },
    {
      name: 'shared-places-never-reach-into-features',
      comment: 'renderer/entries, renderer/ui, renderer/query and renderer/editor are used by features, so they never import one.',
      severity: 'error',
      from: { path: '^renderer/(entries|ui|query|editor|api)/' },
      to: { path: '^renderer/(features|app)/' },
    },
    {
      name: 'only-main-and-preload-import-electron',
      comment: 'core, bridge and cli must run under plain Node (tests, browser mode, command line).',
      severity: 'error',
      from: { path: '^(electron/(core|bridge|cli|host)|shared|renderer)/' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'main-never-opens-the-journal',
      comment: 'The journal lives in the backend host process (electron/host); main only talks to it.',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: { path: ['^electron/core/(backend|db/|handlers|repos/)', '^node_modules/better-sqlite3/'] },
    },
    {
      name: 'core-stays-below-its-hosts',
      comment: 'The backend knows nothing of the processes that host it.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: ['^electron/(main|preload|bridge|cli|host)/', '^renderer/'] },
    },
    {
      name: 'the-app-never-reaches-the-bridge',
      comment: 'The bridge is for browser mode and tests, never part of the packaged app.',
      severity: 'error',
      from: { path: '^electron/(main|preload)/' },
      to: { path: '^electron/(bridge|cli)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(out|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
