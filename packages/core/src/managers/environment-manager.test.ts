import { describe, expect, it, vi } from 'vitest';
import { createEnvironmentManager } from './environment-manager.js';
import { onlineManager } from './online-manager.js';
import { visibilityManager } from './visibility-manager.js';

function fakeSource(initial: boolean) {
  let value = initial;
  const target = new EventTarget();
  const add = vi.spyOn(target, 'addEventListener');
  const remove = vi.spyOn(target, 'removeEventListener');
  return {
    source: { read: () => value, target: () => target, events: ['change'] },
    add,
    remove,
    flip(next: boolean) {
      value = next;
      target.dispatchEvent(new Event('change'));
    },
  };
}

describe('createEnvironmentManager', () => {
  it('listens to the environment only while subscribed and notifies on change', () => {
    const env = fakeSource(true);
    const manager = createEnvironmentManager(env.source);
    expect(env.add).not.toHaveBeenCalled();
    const seen: boolean[] = [];
    const offA = manager.subscribe(() => seen.push(manager.getSnapshot()));
    const offB = manager.subscribe(() => {});
    expect(env.add).toHaveBeenCalledTimes(1);
    env.flip(false);
    env.flip(false);
    env.flip(true);
    expect(seen).toEqual([false, true]);
    offA();
    expect(env.remove).not.toHaveBeenCalled();
    offB();
    expect(env.remove).toHaveBeenCalledTimes(1);
  });

  it('reads the environment live while unsubscribed and honours an override', () => {
    const env = fakeSource(true);
    const manager = createEnvironmentManager(env.source);
    env.flip(false);
    expect(manager.getSnapshot()).toBe(false);
    const listener = vi.fn();
    manager.subscribe(listener);
    manager.setOverride(true);
    expect(manager.getSnapshot()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    manager.setOverride(undefined);
    expect(manager.getSnapshot()).toBe(false);
  });
});

describe('shared managers in Node', () => {
  it('report visible and online without a DOM', () => {
    expect(visibilityManager.getSnapshot()).toBe(true);
    expect(onlineManager.getSnapshot()).toBe(true);
    const off = onlineManager.subscribe(() => {});
    expect(onlineManager.getSnapshot()).toBe(true);
    off();
  });
});
