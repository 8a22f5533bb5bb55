import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_INTERVAL_MS, GATHER_MS, MIN_INTERVAL_MS, laneOf, refreshDelay, refreshScheduler } from './refresh-delay';

describe('refreshDelay', () => {
  it('gathers a first change briefly, then keeps refreshes a second apart', () => {
    const now = 1_000_000;
    expect(refreshDelay(0, now)).toBe(GATHER_MS);
    expect(refreshDelay(now - 200, now)).toBe(MIN_INTERVAL_MS - 200);
    expect(refreshDelay(now - 950, now)).toBe(GATHER_MS);
    expect(refreshDelay(now - 5_000, now)).toBe(GATHER_MS);
  });

  it('holds a draft until DRAFT_INTERVAL_MS after the last refresh', () => {
    const now = 1_000_000;
    expect(refreshDelay(0, now, 'draft')).toBe(GATHER_MS);
    expect(refreshDelay(now - 2_000, now, 'draft')).toBe(DRAFT_INTERVAL_MS - 2_000);
    expect(refreshDelay(now - DRAFT_INTERVAL_MS, now, 'draft')).toBe(GATHER_MS);
  });
});

describe('laneOf', () => {
  const submitted = new Set(['reviewer-a']);
  it('is a draft for an annotation of someone who has not submitted', () => {
    expect(laneOf({ kind: 'annotation', by: 'reviewer-b' }, submitted)).toBe('draft');
  });
  it('is prompt for a submitted reviewer, for other kinds, and when the author or the submitted list is unknown', () => {
    expect(laneOf({ kind: 'annotation', by: 'reviewer-a' }, submitted)).toBe('prompt');
    expect(laneOf({ kind: 'review', by: 'reviewer-b' }, submitted)).toBe('prompt');
    expect(laneOf({ kind: 'annotation' }, submitted)).toBe('prompt');
    expect(laneOf({ kind: 'annotation', by: 'reviewer-b' }, null)).toBe('prompt');
  });
});

describe('refreshScheduler', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it("counts the page's own render as its last refresh", () => {
    const run = vi.fn();
    const scheduler = refreshScheduler(run);
    scheduler.ask('draft');
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.ask();
    vi.advanceTimersByTime(MIN_INTERVAL_MS - 1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('waits a second after the render for a prompt change', () => {
    const run = vi.fn();
    const scheduler = refreshScheduler(run);
    vi.advanceTimersByTime(400);
    scheduler.ask();
    vi.advanceTimersByTime(MIN_INTERVAL_MS - 400 - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('folds the changes of one moment into one refresh', () => {
    const run = vi.fn();
    const scheduler = refreshScheduler(run);
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS);
    scheduler.ask();
    scheduler.ask('draft');
    scheduler.ask();
    vi.advanceTimersByTime(GATHER_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('holds a draft after a refresh, and lets a prompt change bring it forward', () => {
    const run = vi.fn();
    const scheduler = refreshScheduler(run);
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS);
    scheduler.ask();
    vi.advanceTimersByTime(GATHER_MS);
    scheduler.ask('draft');
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.ask();
    vi.advanceTimersByTime(GATHER_MS);
    expect(run).toHaveBeenCalledTimes(2);
    // The draft was folded into that refresh: nothing more comes.
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('tells the refresh its lane: draft when only drafts were folded in, prompt when any prompt change was', () => {
    const run = vi.fn();
    const scheduler = refreshScheduler(run);
    scheduler.ask('draft');
    scheduler.ask('draft');
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS);
    expect(run).toHaveBeenLastCalledWith('draft');
    // A draft and a prompt change due at the same moment: the prompt one wins.
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS);
    scheduler.ask('draft');
    scheduler.ask();
    vi.advanceTimersByTime(GATHER_MS);
    expect(run).toHaveBeenLastCalledWith('prompt');
    // A prompt change that brings a held draft forward.
    scheduler.ask('draft');
    vi.advanceTimersByTime(2_000);
    scheduler.ask();
    vi.advanceTimersByTime(GATHER_MS);
    expect(run).toHaveBeenLastCalledWith('prompt');
    expect(run).toHaveBeenCalledTimes(3);
    // And the lane starts over after each refresh.
    scheduler.ask('draft');
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS);
    expect(run).toHaveBeenLastCalledWith('draft');
  });

  it('runs a held draft once its interval is over, and nothing after cancel', () => {
    const run = vi.fn();
    const scheduler = refreshScheduler(run);
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS);
    scheduler.ask();
    vi.advanceTimersByTime(GATHER_MS);
    scheduler.ask('draft');
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS - 1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    scheduler.ask();
    scheduler.cancel();
    vi.advanceTimersByTime(DRAFT_INTERVAL_MS);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
