// The React side of the adapter contract's Driver that runs anywhere (Node and Chromium): the contract's props as
// React elements inside a <VidkitProvider>, and the server renderer.
import { createElement, useEffect, type ReactNode, type Ref } from 'react';
import { renderToString } from 'react-dom/server';
import type { ComponentName, ComponentProps, ContractConfig, ContractEvent, Driver } from '@vidkit/adapter-contract';
import { LiveStatusBadge, VideoPlayer, VideoUploader, VidkitProvider, type VideoPlayerHandle } from '../index.js';

type Record = (event: ContractEvent) => void;

function Provider({ config, children }: { config: ContractConfig; children: ReactNode }) {
  return <VidkitProvider {...config}>{children}</VidkitProvider>;
}

/** Calls `onCommit` once the tree has committed (after hydration, too); renders its children unchanged. */
function Committed({ onCommit, children }: { onCommit?: (() => void) | undefined; children: ReactNode }) {
  useEffect(() => onCommit?.(), [onCommit]);
  return children;
}

/** One component of the contract as a React element; its callbacks record neutral events. */
export function element<C extends ComponentName>(
  component: C,
  props: ComponentProps[C],
  record: Record = () => {},
  options: { handle?: Ref<VideoPlayerHandle>; count?: number; onCommit?: () => void } = {},
) {
  let inner: ReactNode;
  if (component === 'uploader') {
    const { config: _config, tag, ...rest } = props as ComponentProps['uploader'];
    inner = (
      <VideoUploader
        {...rest}
        onUploadStart={(file) => record({ type: 'uploadStart', fileName: file.name, tag })}
        onProgress={(state, file) => record({ type: 'progress', fileName: file.name, progress: state.progress, tag })}
        onSuccess={(video, file) => record({ type: 'success', fileName: file.name, videoId: video.videoId, tag })}
        onError={(error, file) => record({ type: 'error', fileName: file.name, message: error.message, tag })}
      />
    );
  } else if (component === 'player') {
    const { config: _config, tag, ...rest } = props as ComponentProps['player'];
    inner = (
      <VideoPlayer
        ref={options.handle}
        {...rest}
        onPlay={() => record({ type: 'play', tag })}
        onPause={() => record({ type: 'pause', tag })}
        onEnded={() => record({ type: 'ended', tag })}
        onTimeUpdate={(currentTime) => record({ type: 'timeUpdate', currentTime, tag })}
        onLiveChange={(live) => record({ type: 'liveChange', live, tag })}
        onStatusChange={(status) => record({ type: 'statusChange', status, tag })}
        onError={(error) => record({ type: 'error', message: error.message, tag })}
      />
    );
  } else {
    const { config: _config, ...rest } = props as ComponentProps['badge'];
    inner = Array.from({ length: options.count ?? 1 }, (_, i) => createElement(LiveStatusBadge, { key: i, ...rest }));
  }
  return (
    <Provider config={props.config}>
      <Committed onCommit={options.onCommit}>{inner}</Committed>
    </Provider>
  );
}

/** The Driver's server half: React's `renderToString`. */
export const renderContract: Driver['renderToString'] = async (component, props) =>
  renderToString(element(component, props));
