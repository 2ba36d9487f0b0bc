import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;

/**
 * Stands in for 'compromise' in the command line and the bridge's bundles (vite.node.config.ts
 * aliases it here). Compromise builds its whole lexicon when it is imported, about a second and a
 * half on a busy machine, and the backend imports it for review writing and importers; here it is
 * loaded on the first call instead, so `chronicle list` never pays for it. Same package, its
 * CommonJS build, loaded with require so the load can happen in the middle of a synchronous call.
 */
const require = createRequire(import.meta.url);
let loaded: Nlp | undefined;
const load = (): Nlp => (loaded ??= require('compromise') as Nlp);

const nlp = new Proxy(function lazyNlp() {} as unknown as Nlp, {
  apply: (_target, thisArg, args: unknown[]) => Reflect.apply(load(), thisArg, args) as unknown,
  get: (_target, key) => Reflect.get(load(), key) as unknown,
});

export default nlp;
