import { expect } from 'vitest';

/** Asserts that `f` throws exactly an instance of `type` with exactly `message`. */
export function expectError(f: () => unknown, type: ErrorConstructor, message: string): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, message).toBeInstanceOf(type);
  expect((thrown as Error).message).toBe(message);
}
