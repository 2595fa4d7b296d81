// What @vidkit/vue's test projects provide beside the shared emulator setup (tooling/vitest/provided.ts).
declare module 'vitest' {
  export interface ProvidedContext {
    /** The Vue minor this project runs the tests on (the 3.4 projects alias vue to vue-34). */
    vueMinor: string;
  }
}

export {};
