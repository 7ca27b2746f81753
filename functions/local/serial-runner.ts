/**
 * Runs a task on request, one run at a time: a request during a run schedules exactly one more run after
 * it, so the last request is always followed by a complete run and requests never pile up.
 */
export class SerialRunner {
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;

  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  request(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop();
  }

  /** Refuses further requests (a run already due still happens) and resolves when the last run ends. */
  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }

  /** Resolves when no run is in progress or due. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.task();
      } catch (error) {
        this.onError(error);
      }
    } while (this.again);
    this.running = undefined;
  }
}
