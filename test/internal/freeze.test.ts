import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/freeze.js';

describe('deepFreeze', () => {
  it('freezes plain objects and arrays all the way down, and returns its argument', () => {
    const value = { list: [1, { deep: ['x'] }], nested: { a: { b: {} } }, empty: Object.create(null) as object };
    expect(deepFreeze(value)).toBe(value);
    for (const v of [
      value,
      value.list,
      value.list[1],
      (value.list[1] as { deep: string[] }).deep,
      value.nested.a.b,
      value.empty,
    ])
      expect(Object.isFrozen(v)).toBe(true);
    expect(() => (value.list as unknown[]).push(2)).toThrow(TypeError);
  });

  it('allows cycles', () => {
    const cyclic: { self?: unknown; list: unknown[] } = { list: [] };
    cyclic.self = cyclic;
    cyclic.list.push(cyclic);
    expect(Object.isFrozen(deepFreeze(cyclic).list)).toBe(true);
  });

  it('leaves functions, Dates, Maps and class instances as they are', () => {
    const fn = Object.assign(() => 1, { cache: {} });
    const date = new Date(0);
    const map = new Map([[1, {}]]);
    class Box {
      inside = {};
    }
    const box = new Box();
    deepFreeze({ fn, date, map, box });
    expect(Object.isFrozen(fn)).toBe(false);
    expect(Object.isFrozen(fn.cache)).toBe(false);
    expect(Object.isFrozen(date)).toBe(false);
    expect(Object.isFrozen(map)).toBe(false);
    expect(Object.isFrozen(box.inside)).toBe(false);
  });

  it('does not follow getters', () => {
    const inner = {};
    deepFreeze({
      get inner() {
        return inner;
      },
    });
    expect(Object.isFrozen(inner)).toBe(false);
  });
});
