// The Vue side of the adapter contract's Driver that runs anywhere (Node and Chromium): the contract's props as a
// root component inside `provideVidkit`, re-rendered when the props change, and the server renderer.
import { createSSRApp, defineComponent, h, onMounted, shallowReactive, type Ref } from 'vue';
import { renderToString } from 'vue/server-renderer';
import type { ComponentName, ComponentProps, ContractEvent, Driver } from '@vidkit/adapter-contract';
import { LiveStatusBadge, VideoPlayer, VideoUploader, provideVidkit, type VideoPlayerHandle } from '../index.js';

type Record = (event: ContractEvent) => void;

/** What a root renders: its props, replaced by `update` (a new object each time, as a parent would pass). */
export interface RootState<C extends ComponentName> {
  props: ComponentProps[C];
}

/** One component of the contract as a Vue root component; its emits record neutral events. */
export function contractRoot<C extends ComponentName>(
  component: C,
  state: RootState<C>,
  record: Record = () => {},
  options: { handle?: Ref<VideoPlayerHandle | undefined>; count?: number; onMounted?: () => void } = {},
) {
  return defineComponent({
    name: 'ContractRoot',
    setup() {
      provideVidkit(() => state.props.config);
      if (options.onMounted) onMounted(options.onMounted);
      return () => {
        if (component === 'uploader') {
          const { config: _config, tag, ...rest } = state.props as ComponentProps['uploader'];
          return h(VideoUploader, {
            ...rest,
            onUploadStart: (file: File) => record({ type: 'uploadStart', fileName: file.name, tag }),
            onProgress: (snapshot, file) =>
              record({ type: 'progress', fileName: file.name, progress: snapshot.progress, tag }),
            onSuccess: (video, file) => record({ type: 'success', fileName: file.name, videoId: video.videoId, tag }),
            onError: (error, file) => record({ type: 'error', fileName: file.name, message: error.message, tag }),
          });
        }
        if (component === 'player') {
          const { config: _config, tag, ...rest } = state.props as ComponentProps['player'];
          return h(VideoPlayer, {
            ...rest,
            ref: options.handle,
            onPlay: () => record({ type: 'play', tag }),
            onPause: () => record({ type: 'pause', tag }),
            onEnded: () => record({ type: 'ended', tag }),
            onTimeUpdate: (currentTime: number) => record({ type: 'timeUpdate', currentTime, tag }),
            onLiveChange: (live: boolean) => record({ type: 'liveChange', live, tag }),
            onStatusChange: (status: string) => record({ type: 'statusChange', status, tag }),
            onError: (error) => record({ type: 'error', message: error.message, tag }),
          });
        }
        const { config: _config, ...rest } = state.props as ComponentProps['badge'];
        return Array.from({ length: options.count ?? 1 }, (_, i) => h(LiveStatusBadge, { key: i, ...rest }));
      };
    },
  });
}

/** A reactive holder of a root's props. */
export const rootState = <C extends ComponentName>(props: ComponentProps[C]): RootState<C> =>
  shallowReactive({ props });

/** The Driver's server half: Vue's `renderToString` of an SSR app. */
export const renderContract: Driver['renderToString'] = (component, props) =>
  renderToString(createSSRApp(contractRoot(component, rootState(props))));
