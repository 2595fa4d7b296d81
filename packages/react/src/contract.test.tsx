import { version } from 'react';
import { runServerContract } from '@vidkit/adapter-contract/server';
import { renderContract } from './test-support/contract-elements.js';

// The adapter contract's server half, on each React major of the peer range (projects `node`, `node-react-18`).
runServerContract({ name: `React ${version}`, renderToString: renderContract });
