import { z } from "zod";

/**
 * A string that is stored or searched as Postgres text, which cannot hold NUL (U+0000): without
 * this check the driver's error reaches the client as an internal error.
 */
export function textWithoutNul(name: string) {
  return z.string().regex(/^[^\u0000]*$/, `${name} contains a NUL character (\\u0000), which Flare cannot store or search; remove it`);
}
