import { version } from 'vue';
import { runServerContract } from '@vidkit/adapter-contract/server';
import { renderContract } from './test-support/contract-app.js';

// The adapter contract's server half, on the lowest and the newest minor of the peer range (projects `node`,
// `node-vue-3.4`).
runServerContract({ name: `Vue ${version}`, renderToString: renderContract });
