import { expect } from 'vitest';
import type { ComponentName } from '../driver.js';
import { config } from '../helpers.js';
import type { Scenario } from '../scenario.js';
import { serverProps } from '../server-props.js';

const COMPONENTS: ComponentName[] = ['uploader', 'player', 'badge'];

export const hydrationScenarios = {
  'ssr/hydrate': {
    title: 'each component server-rendered hydrates in Chromium with no mismatch warning, reusing the markup',
    async run({ driver }) {
      const props = serverProps(config().apiBaseUrl);
      for (const component of COMPONENTS) {
        const html = await driver.renderToString(component, props[component]);
        const logged: unknown[][] = [];
        const { error, warn } = console;
        console.error = (...args: unknown[]) => logged.push(args);
        console.warn = (...args: unknown[]) => logged.push(args);
        // React 19 reports a mismatch with reportError (a window `error` event), React 18 with console.error.
        const reported = (event: ErrorEvent) => {
          event.preventDefault();
          logged.push([event.error ?? event.message]);
        };
        window.addEventListener('error', reported);
        try {
          const mounted = await driver.hydrate(html, component, props[component]);
          await new Promise((resolve) => setTimeout(resolve));
          expect(mounted.container.firstElementChild?.getAttribute('class')).toBeTruthy();
        } finally {
          console.error = error;
          console.warn = warn;
          window.removeEventListener('error', reported);
        }
        expect(
          logged.map((args) => args.map(String).join(' ')),
          `${component} hydration`,
        ).toEqual([]);
      }
    },
  },
} satisfies Record<string, Scenario>;
