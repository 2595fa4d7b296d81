import { publicConfig } from '#lib/server/vidkit.ts';
import type { LayoutServerLoad } from './$types';

// Read from the environment on each request, not frozen into the build.
export const load: LayoutServerLoad = () => publicConfig();
