'use client';
import { useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, nothing on the server (where it warns and nothing would run anyway): passes new
 * props to a core controller before the browser paints, so no frame shows the old options' state.
 */
export const useBrowserLayoutEffect: typeof useLayoutEffect =
  typeof document === 'undefined' ? () => {} : useLayoutEffect;
