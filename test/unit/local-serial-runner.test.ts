import { describe, expect, it } from 'vitest';
import { SerialRunner } from '../../functions/local/serial-runner.js';

describe('serial runner', () => {
  it('runs once more after requests made during a run, never twice at once', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    let release: () => void = () => {};
    const runner = new SerialRunner(
      async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        runs += 1;
        if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
        active -= 1;
      },
      () => {},
    );

    runner.request();
    runner.request();
    runner.request();
    release();
    await runner.idle();

    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('refuses requests once closed, after finishing the run in progress', async () => {
    let runs = 0;
    const runner = new SerialRunner(
      async () => {
        runs += 1;
      },
      () => {},
    );

    runner.request();
    await runner.close();
    runner.request();
    await runner.idle();

    expect(runs).toBe(1);
  });

  it('reports a failed run and keeps serving requests', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const runner = new SerialRunner(
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('boom');
      },
      (error) => errors.push(error),
    );

    runner.request();
    await runner.idle();
    runner.request();
    await runner.idle();

    expect(errors).toEqual([new Error('boom')]);
    expect(runs).toBe(2);
  });
});
