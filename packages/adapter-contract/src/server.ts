import { afterAll, describe, expect, it } from 'vitest';
import type { ComponentName, Driver } from './driver.js';
import { Report } from './report.js';
import { serverProps } from './server-props.js';

const MARKERS: Record<ComponentName, RegExp[]> = {
  uploader: [/type="file"/, /vidkit-uploader/],
  player: [/<video/, /aspect-ratio:\s*4 \/ 3/],
  badge: [/data-status="unknown"/, /vidkit-live-badge/],
};

/**
 * Registers the Node half of the contract (a `node` environment project): every component renders to a string with
 * the framework's server renderer, touching no DOM global and sending no request.
 *
 * @example
 * runServerContract(reactDriver);
 */
export function runServerContract(driver: Pick<Driver, 'name' | 'renderToString'>): void {
  const components = Object.keys(MARKERS) as ComponentName[];
  const report = new Report(`${driver.name} (server)`, components.length, {});
  describe(`adapter contract, server rendering: ${driver.name}`, () => {
    afterAll(() => console.log(report.summary()));
    for (const component of components) {
      it(`ssr/${component}: renders to a string with no DOM global and no request`, () =>
        report.run(async () => {
          expect(typeof window, 'a Node environment: no window').toBe('undefined');
          expect(typeof document, 'a Node environment: no document').toBe('undefined');
          const { fetch } = globalThis;
          const fetched: string[] = [];
          // Observed, not answered: a request during server rendering is the failure.
          globalThis.fetch = (input, init) => (fetched.push(String(input)), fetch(input, init));
          try {
            const html = await driver.renderToString(component, serverProps('http://127.0.0.1:9')[component]);
            for (const marker of MARKERS[component]) expect(html).toMatch(marker);
          } finally {
            globalThis.fetch = fetch;
          }
          expect(fetched).toEqual([]);
        }));
    }
  });
}
