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
        try {
          const mounted = await driver.hydrate(html, component, props[component]);
          expect(mounted.container.firstElementChild?.getAttribute('class')).toBeTruthy();
        } finally {
          console.error = error;
          console.warn = warn;
        }
        expect(
          logged.map((args) => args.map(String).join(' ')),
          `${component} hydration`,
        ).toEqual([]);
      }
    },
  },
} satisfies Record<string, Scenario>;
