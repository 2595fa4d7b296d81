import svelte from 'svelte/package.json' with { type: 'json' };
import { runServerContract } from '@vidkit/adapter-contract/server';
import { renderContract } from './test-support/contract-render.js';

// The adapter contract's server half: `render` from `svelte/server`, in Node.
runServerContract({ name: `Svelte ${svelte.version}`, renderToString: renderContract });
