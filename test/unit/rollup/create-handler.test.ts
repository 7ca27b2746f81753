import { describe, expect, it, vi } from 'vitest';
import type { RollupRepository } from '../../../functions/adapters/rollup-repository.js';
import { decodeDayTop } from '../../../functions/core/records/day-top.js';
import {
  createRollupHandler,
  RollupEventError,
  rollupDays,
} from '../../../functions/rollup/create-handler.js';

const NOW = new Date('2026-11-29T10:00:00.000Z');

function fakeRepository(stored = true) {
  return {
    readDayShards: vi.fn<RollupRepository['readDayShards']>(async (kind, day) =>
      kind === 'country' ? [{ value: 'US', day, n: 2 }] : [],
    ),
    putDayTop: vi.fn<RollupRepository['putDayTop']>(async () => stored),
  };
}

describe('rollup handler', () => {
  it('rolls up today and yesterday by default, every kind', async () => {
    const repository = fakeRepository();
    const handler = createRollupHandler({ repository, now: () => NOW, logger: { info: () => {} } });

    const summary = await handler({});

    // Four tag kinds and the focus countries (the countries articles are about), two days each.
    expect(summary).toEqual({ from: '2026-11-28', to: '2026-11-29', written: 10, superseded: 0 });
    const written = repository.putDayTop.mock.calls.map(([item]) => `${item.kind} ${item.day}`);
    expect(written).toContain('country 2026-11-28');
    expect(written).toContain('pair 2026-11-29');
    expect(written).toContain('focus 2026-11-29');
    const country = repository.putDayTop.mock.calls.find(([item]) => item.kind === 'country')?.[0];
    expect(decodeDayTop(country?.top ?? '')).toEqual([['US', 2]]);
  });

  it('writes each topic of a daily top with its IPTC label, and no label for other kinds', async () => {
    const repository = fakeRepository();
    repository.readDayShards.mockImplementation(async (kind, day) =>
      kind === 'topic' ? [{ value: 'medtop:04000000', day, n: 2 }] : [{ value: 'US', day, n: 1 }],
    );
    const handler = createRollupHandler({ repository, now: () => NOW, logger: { info: () => {} } });

    await handler({ days: 1 });

    const top = (kind: string) =>
      decodeDayTop(repository.putDayTop.mock.calls.find(([item]) => item.kind === kind)?.[0].top ?? '');
    expect(top('topic')).toEqual([['medtop:04000000', 2, 'economy, business and finance']]);
    expect(top('country')).toEqual([['US', 1]]);
  });

  it("builds the focus countries' daily top from their own count shards", async () => {
    const repository = fakeRepository();
    repository.readDayShards.mockImplementation(async (kind, day) =>
      kind === 'focus' ? [{ value: 'CN', day, n: 3 }] : [{ value: 'US', day, n: 5 }],
    );
    const handler = createRollupHandler({ repository, now: () => NOW, logger: { info: () => {} } });

    await handler({ days: 1 });

    const focus = repository.putDayTop.mock.calls.find(([item]) => item.kind === 'focus')?.[0];
    expect(focus).toMatchObject({ pk: 'R#focus', sk: '2026-11-29' });
    expect(decodeDayTop(focus?.top ?? '')).toEqual([['CN', 3]]);
  });

  it('counts the daily tops a later run had already stored', async () => {
    const handler = createRollupHandler({
      repository: fakeRepository(false),
      now: () => NOW,
      logger: { info: () => {} },
    });

    expect(await handler({ days: 1 })).toMatchObject({ written: 0, superseded: 5 });
  });

  it('rebuilds the other days when one cannot be read, then fails the invocation naming it', async () => {
    const repository = fakeRepository();
    repository.readDayShards.mockImplementation(async (kind, day) => {
      if (kind === 'entity' && day === '2026-11-27') throw new Error('throttled');
      return [];
    });
    const handler = createRollupHandler({ repository, now: () => NOW, logger: { info: () => {} } });

    await expect(handler({ days: 3 })).rejects.toThrow('entity 2026-11-27: throttled');
    expect(repository.putDayTop).toHaveBeenCalledTimes(3 * 5 - 1);
  });

  it('rejects a malformed event with a message naming what is wrong', async () => {
    const handler = createRollupHandler({
      repository: fakeRepository(),
      now: () => NOW,
      logger: { info: () => {} },
    });

    await expect(handler({ days: 0 })).rejects.toThrow(RollupEventError);
    await expect(handler({ from: '2026-11-01' })).rejects.toThrow(RollupEventError);
    await expect(handler({ form: '2026-11-01', to: '2026-11-02' })).rejects.toThrow(RollupEventError);
    await expect(handler({ from: '2026-02-30', to: '2026-03-02' })).rejects.toThrow(RollupEventError);
    await expect(handler({ from: '2026-13-01', to: '2026-13-02' })).rejects.toThrow(RollupEventError);
    await expect(handler({ from: '2026-11-05', to: '2026-11-01' })).rejects.toThrow(
      'from must not be after to',
    );
  });

  it('takes an explicit range of days, oldest first', () => {
    expect(rollupDays({ from: '2026-10-30', to: '2026-11-02' }, '2026-11-29')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(rollupDays({ days: 3 }, '2026-11-29')).toEqual(['2026-11-27', '2026-11-28', '2026-11-29']);
  });
});
