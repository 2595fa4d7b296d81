// Setup file of the `node-react-18` project. Vite's aliases rewrite `react` and `react-dom` in our sources, but
// react-dom-18 is loaded by Node itself (CommonJS, externalized), and its own `require('react')` resolves through its
// peer, which pnpm satisfies with React 19. This resolve hook sends every `react` / `react-dom` request in this
// process to the 18.3 aliases, so the renderer and the components share one React 18.3.
import { registerHooks } from 'node:module';

const REACT = /^react(-dom)?(\/.*)?$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const match = REACT.exec(specifier);
    if (!match) return nextResolve(specifier, context);
    // Resolved from this package, which depends on the aliases (react-dom-18 does not depend on react-18).
    return nextResolve(`react${match[1] ?? ''}-18${match[2] ?? ''}`, { ...context, parentURL: import.meta.url });
  },
});
