// The stories' data source, the same for every framework's playground (named, so every builder sees the exports).
export {
  EMULATOR_DEV_API_KEY,
  usesSandbox,
  emulatorUrl,
  providerSettings,
  getUploadToken,
  latestVideo,
  privateVideo,
  liveStream,
} from '@vidkit/tooling/storybook/playground';
export type { PlaygroundVideo } from '@vidkit/tooling/storybook/playground';
