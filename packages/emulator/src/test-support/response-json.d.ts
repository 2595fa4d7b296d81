// Tests read JSON bodies field by field; `unknown` from Response.json() would only add casts.
declare global {
  interface Response {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    json(): Promise<any>;
  }
}
export {};
