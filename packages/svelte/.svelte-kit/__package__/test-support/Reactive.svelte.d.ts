interface Props {
  options: {
    apiBaseUrl: string;
    deliveryBaseUrl: string;
    uploadToken?: string | undefined;
    fileConcurrency: number;
    liveStreamId: string | null;
  };
}
declare const Reactive: import('svelte').Component<
  Props,
  {
    api: {
      queue: import('../index.js').UploadQueueState;
      live: import('../index.js').LiveStatusState;
    };
  },
  ''
>;
type Reactive = ReturnType<typeof Reactive>;
export default Reactive;
//# sourceMappingURL=Reactive.svelte.d.ts.map
