/** Counts of one adapter's run of a suite, printed once at the end. */
export class Report {
  readonly #name: string;
  readonly #total: number;
  readonly #unsupported: [string, string][];
  ran = 0;
  passed = 0;

  constructor(name: string, total: number, unsupported: Record<string, string>) {
    this.#name = name;
    this.#total = total;
    this.#unsupported = Object.entries(unsupported);
  }

  /** Runs one scenario, counting it. */
  async run(scenario: () => Promise<void>): Promise<void> {
    this.ran++;
    await scenario();
    this.passed++;
  }

  /** One line per adapter, e.g. `[adapter-contract] React 19.3.1: 27/27 ran, 27 passed; unsupported: none`. */
  summary(): string {
    const unsupported = this.#unsupported.length
      ? this.#unsupported.map(([id, reason]) => `${id} (${reason})`).join(', ')
      : 'none';
    return (
      `[adapter-contract] ${this.#name}: ${this.ran}/${this.#total} ran, ${this.passed} passed; ` +
      `unsupported: ${unsupported}`
    );
  }
}
