// What @vidkit/react's test projects provide beside the shared emulator setup (tooling/vitest/provided.ts).
declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major this project runs the tests on (the react-18 projects alias react to react-18). */
    reactMajor: string;
  }
}

export {};
