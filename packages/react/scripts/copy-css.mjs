// tsc emits JavaScript only; the optional theme ships beside it as `@vidkit/react/styles.css`.
import { copyFileSync } from 'node:fs';

copyFileSync(new URL('../src/styles.css', import.meta.url), new URL('../dist/styles.css', import.meta.url));
