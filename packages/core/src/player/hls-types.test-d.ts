// Type test (checked by `tsc`): the real hls.js builds fit the structural types core publishes.
import type { HlsLoader } from './hls-loader.js';

export const full: HlsLoader = () => import('hls.js');
export const defaultExport: HlsLoader = async () => (await import('hls.js')).default;
