/** Runs synchronous code with `Math.random` drawing from a seeded generator, then restores it. */
import type { Random } from "ml-random";

/**
 * ml-isolation-forest 0.1.0 calls `Math.random()` inside `TreeNode.train` (split column and
 * split value) and offers no way to pass a generator. Training is synchronous, so swapping the
 * global for the duration of `run` cannot leak draws to or from other code (no await, no
 * callbacks in between), and `finally` restores it even when training throws. This is the only
 * place in the pipeline that touches `Math.random`, and it makes the trees a function of the seed.
 */
export function withSeededMathRandom<T>(random: Random, run: () => T): T {
  const original = Math.random;
  Math.random = () => random.random();
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
