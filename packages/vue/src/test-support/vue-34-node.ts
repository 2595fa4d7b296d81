// Setup file of the `node-vue-3.4` project. Vite's aliases rewrite `vue` in our sources, but Vue's server renderer
// is loaded by Node itself (CommonJS, externalized), and its `require('vue')` resolves through its peer, which pnpm
// satisfies with the newest Vue. This resolve hook sends every `vue` / `vue/*` request in this process to the
// `vue-34` alias, so the renderer and the components share one Vue 3.4.
import { registerHooks } from 'node:module';

const VUE = /^vue(\/.*)?$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const match = VUE.exec(specifier);
    if (!match) return nextResolve(specifier, context);
    // Resolved from this package, which depends on the alias.
    return nextResolve(`vue-34${match[1] ?? ''}`, { ...context, parentURL: import.meta.url });
  },
});
