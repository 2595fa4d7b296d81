import { VERSION } from '@angular/core';
import { runServerContract } from '@vidkit/adapter-contract/server';
import { renderContract } from './test-support/contract-app.js';

// The adapter contract's server half: renderApplication in Node, with no DOM global.
runServerContract({ name: `Angular ${VERSION.full}`, renderToString: renderContract });
