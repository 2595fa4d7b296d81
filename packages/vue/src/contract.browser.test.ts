import { createApp, createSSRApp, nextTick, shallowRef, version, type App } from 'vue';
import {
  runContract,
  type ComponentName,
  type ComponentProps,
  type ContractEvent,
  type Driver,
  type Mounted,
} from '@vidkit/adapter-contract';
import { contractRoot, renderContract, rootState } from './test-support/contract-app.js';
import type { VideoPlayerHandle } from './index.js';

/** A mounted root: `update` replaces its props and waits for Vue's flush. */
function mounted<C extends ComponentName>(
  app: App,
  container: HTMLElement,
  state: { props: ComponentProps[C] },
  events: ContractEvent[],
): Mounted<ComponentProps[C]> {
  return {
    container,
    events,
    update: async (next) => {
      state.props = next;
      await nextTick();
    },
    unmount: async () => {
      app.unmount();
      container.remove();
    },
  };
}

/** @vidkit/vue's Driver: `createApp` per mount, neutral events from the emits, `createSSRApp` to hydrate. */
async function mount<C extends ComponentName>(
  component: C,
  props: ComponentProps[C],
  options: Parameters<typeof contractRoot>[3] = {},
): Promise<Mounted<ComponentProps[C]>> {
  const events: ContractEvent[] = [];
  const state = rootState(props);
  const container = document.body.appendChild(document.createElement('div'));
  const app = createApp(contractRoot(component, state, (event) => events.push(event), options));
  app.mount(container);
  await nextTick();
  return mounted(app, container, state, events);
}

const driver: Driver = {
  name: `Vue ${version}`,
  mountUploader: (props) => mount('uploader', props),
  mountBadge: (props) => mount('badge', props),
  mountBadges: (props, count) => mount('badge', props, { count }),
  async mountPlayer(props) {
    const handle = shallowRef<VideoPlayerHandle>();
    return {
      ...(await mount('player', props, { handle })),
      handle: {
        play: () => handle.value!.play(),
        pause: () => handle.value!.pause(),
        seek: (time) => handle.value!.seek(time),
        setQuality: (quality) => handle.value!.setQuality(quality),
      },
    };
  },
  renderToString: renderContract,
  async hydrate(html, component, props) {
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const events: ContractEvent[] = [];
    const state = rootState(props);
    const app = createSSRApp(contractRoot(component, state, (event) => events.push(event)));
    // Hydration is synchronous; mounted hooks (subscriptions) run before mount() returns.
    app.mount(container);
    await nextTick();
    return mounted(app, container, state, events);
  },
};

runContract(driver);
