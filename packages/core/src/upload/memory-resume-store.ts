import type { ResumeState, ResumeStore } from './resume-store.js';

/** A store that lives as long as the process (tests, or when persistence is not wanted). */
export function memoryResumeStore(): ResumeStore {
  const map = new Map<string, ResumeState>();
  return {
    get: (key) => map.get(key),
    set: (key, state) => void map.set(key, state),
    delete: (key) => void map.delete(key),
  };
}
