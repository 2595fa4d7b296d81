import { afterAll, afterEach, describe, it } from 'vitest';
import { commands } from 'vitest/browser';
import { noFaults, setFaults } from '@vidkit/tooling/vitest/emulator';
import type { Driver, Mounted } from './driver.js';
import { playableVideo } from './media.js';
import { Report } from './report.js';
import type { Scenario, ScenarioContext, Videos } from './scenario.js';
import { badgeScenarios } from './scenarios/badge.js';
import { hydrationScenarios } from './scenarios/hydration.js';
import { playerScenarios } from './scenarios/player.js';
import { uploaderScenarios } from './scenarios/uploader.js';

export type * from './driver.js';

/** Every browser scenario of the contract, by id. */
export const scenarios = {
  ...uploaderScenarios,
  ...playerScenarios,
  ...badgeScenarios,
  ...hydrationScenarios,
} satisfies Record<string, Scenario>;

/** The id of a browser scenario, e.g. `uploader/pause-resume`. */
export type ScenarioId = keyof typeof scenarios;

/** Options of {@link runContract}. */
export interface ContractOptions {
  /** Scenarios this adapter cannot run, each with its reason: listed in the report, never skipped silently. */
  unsupported?: Partial<Record<ScenarioId, string>>;
}

/**
 * Registers the contract's browser scenarios (Vitest browser mode, real Chromium) against the emulator the shared
 * global setup started (`@vidkit/tooling/vitest/project`). Call it at the top level of a `*.browser.test.*` file with
 * the adapter's driver; an afterAll prints how many scenarios ran and passed and lists the unsupported ones.
 *
 * @example
 * runContract(reactDriver);
 */
export function runContract(driver: Driver, options: ContractOptions = {}): void {
  const unsupported: Record<string, string> = options.unsupported ?? {};
  const report = new Report(driver.name, Object.keys(scenarios).length, unsupported);
  const mounted: Mounted<unknown>[] = [];
  const pushed = new Set<string>();
  let videos: Promise<Videos> | undefined;

  // A component a scenario unmounts itself leaves the list, so cleanup never unmounts it twice.
  const track = <M extends Mounted<never>>(mount: Promise<M>): Promise<M> =>
    mount.then((m) => {
      const entry = m as unknown as Mounted<unknown>;
      mounted.push(entry);
      const unmount = m.unmount.bind(m);
      m.unmount = () => {
        const at = mounted.indexOf(entry);
        if (at >= 0) mounted.splice(at, 1);
        return unmount();
      };
      return m;
    });
  const tracked: Driver = {
    ...driver,
    mountUploader: (props) => track(driver.mountUploader(props)),
    mountPlayer: (props) => track(driver.mountPlayer(props)),
    mountBadge: (props) => track(driver.mountBadge(props)),
    mountBadges: (props, count) => track(driver.mountBadges(props, count)),
    hydrate: (html, component, props) => track(driver.hydrate(html, component, props)),
  };
  const context: ScenarioContext = {
    driver: tracked,
    pushLive: async (streamKey) => {
      pushed.add(streamKey);
      await commands.pushLive(streamKey);
    },
    stopLive: async (streamKey) => {
      pushed.delete(streamKey);
      await commands.stopLive(streamKey);
    },
    // Uploaded once, on first use, in parallel.
    videos: () =>
      (videos ??= Promise.all([playableVideo(), playableVideo(), playableVideo(false)]).then(([a, b, p]) => ({
        a,
        b,
        private: p,
      }))),
  };

  describe(`adapter contract: ${driver.name}`, () => {
    afterEach(async () => {
      const cleared = Promise.all([setFaults(noFaults), ...[...pushed].map((key) => context.stopLive(key))]);
      // One at a time: a framework's test renderer may not take two unmounts at once (React's overlapping act()).
      for (const component of mounted.splice(0).reverse()) await component.unmount().catch(() => {});
      await cleared;
      performance.clearResourceTimings();
    });
    afterAll(() => console.log(report.summary()));

    performance.setResourceTimingBufferSize(10_000);
    for (const [id, scenario] of Object.entries(scenarios) as [ScenarioId, Scenario][]) {
      const reason = unsupported[id];
      if (reason) it.skip(`${id}: ${scenario.title} — unsupported: ${reason}`, () => {});
      else it(`${id}: ${scenario.title}`, () => report.run(() => scenario.run(context)), scenario.timeout);
    }
  });
}
