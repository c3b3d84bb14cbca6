/** Exhaustiveness check for switches over unions: the compiler proves this is unreachable. */
export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
