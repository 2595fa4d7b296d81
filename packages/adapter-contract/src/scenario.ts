import type { Driver } from './driver.js';

/** What a scenario gets: the adapter's driver (every mount is unmounted after the scenario) and shared fixtures. */
export interface ScenarioContext {
  driver: Driver;
  /** Starts the test publisher for a stream key; it is stopped after the scenario. */
  pushLive(streamKey: string): Promise<void>;
  stopLive(streamKey: string): Promise<void>;
  /** Videos uploaded once per run (see `media.ts`). */
  videos: () => Promise<Videos>;
}

export interface Videos {
  a: { videoId: string };
  b: { videoId: string };
  private: { videoId: string; token?: string };
}

/** One behaviour of the contract. */
export interface Scenario {
  title: string;
  /** Milliseconds; default the project's test timeout. */
  timeout?: number;
  run(context: ScenarioContext): Promise<void>;
}
