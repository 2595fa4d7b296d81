import svelte from 'svelte/package.json' with { type: 'json' };
import { flushSync, hydrate, mount, tick, unmount } from 'svelte';
import { commands } from 'vitest/browser';
import {
  runContract,
  type ComponentName,
  type ComponentProps,
  type ContractEvent,
  type Driver,
  type Mounted,
} from '@vidkit/adapter-contract';
import ContractRoot from './test-support/ContractRoot.svelte';
import { rootState } from './test-support/root-state.svelte.js';
import type {} from './test-support/provided.js';
import type { VideoPlayer } from './index.js';

/** Mounts (or hydrates) the contract root in a new container; `update` replaces the `$state` props and flushes. */
async function mountRoot<C extends ComponentName>(
  component: C,
  props: ComponentProps[C],
  options: { count?: number; html?: string } = {},
): Promise<Mounted<ComponentProps[C]> & { instance: { handle(): VideoPlayer } }> {
  const container = document.body.appendChild(document.createElement('div'));
  const events: ContractEvent[] = [];
  const state = rootState(props);
  const rootProps = {
    component,
    get props() {
      return state.props;
    },
    record: (event: ContractEvent) => events.push(event),
    count: options.count,
  };
  let instance;
  if (options.html === undefined) {
    instance = mount(ContractRoot, { target: container, props: rootProps });
  } else {
    container.innerHTML = options.html;
    instance = hydrate(ContractRoot, { target: container, props: rootProps });
  }
  flushSync();
  await tick();
  return {
    container,
    events,
    instance: instance as never,
    update: async (next) => {
      state.props = next;
      flushSync();
      await tick();
    },
    unmount: async () => {
      await unmount(instance);
      container.remove();
    },
  };
}

/** @vidkit/svelte's Driver: `mount` / `hydrate` from svelte, `render` from svelte/server through a command. */
const driver: Driver = {
  name: `Svelte ${svelte.version}`,
  mountUploader: (props) => mountRoot('uploader', props),
  mountBadge: (props) => mountRoot('badge', props),
  mountBadges: (props, count) => mountRoot('badge', props, { count }),
  async mountPlayer(props) {
    const mounted = await mountRoot('player', props);
    const handle = () => mounted.instance.handle();
    return {
      ...mounted,
      handle: {
        play: () => handle().play(),
        pause: () => handle().pause(),
        seek: (time) => handle().seek(time),
        setQuality: (quality) => handle().setQuality(quality),
      },
    };
  },
  renderToString: (component, props) => commands.svelteServerRender(component, props),
  hydrate: (html, component, props) => mountRoot(component, props, { html }),
};

runContract(driver);
