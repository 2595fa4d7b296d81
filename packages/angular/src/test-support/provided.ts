// What @vidkit/angular's test projects provide beside the shared emulator setup (tooling/vitest/provided.ts).
declare module 'vitest' {
  export interface ProvidedContext {
    /** Whether this project loads zone.js (`zone`) or runs zoneless (`zoneless`). */
    changeDetection: 'zone' | 'zoneless';
  }
}

export {};
