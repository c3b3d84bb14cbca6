/**
 * The store's few failure kinds, independent of Prisma, so the API can turn them into GraphQL
 * error codes without knowing Prisma's P-codes.
 */
export type StoreErrorCode = "NOT_FOUND" | "CONFLICT";

export abstract class StoreError extends Error {
  abstract readonly code: StoreErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export class NotFoundError extends StoreError {
  readonly code = "NOT_FOUND";
}

export class ConflictError extends StoreError {
  readonly code = "CONFLICT";
}

// Prisma's codes: P2025 record to update/delete missing, P2002 unique constraint, P2003 foreign key.
function prismaCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("P") ? code : undefined;
}

/** Rethrows Prisma's known errors as StoreErrors that say which record (`what`) was involved. */
export function toStoreError(error: unknown, what: string): unknown {
  switch (prismaCodeOf(error)) {
    case "P2025":
      return new NotFoundError(`${what} does not exist`, { cause: error });
    case "P2003":
      return new NotFoundError(`${what} refers to a record that does not exist`, { cause: error });
    case "P2002":
      return new ConflictError(`${what} already exists`, { cause: error });
    default:
      return error;
  }
}

/** Runs a query and translates its Prisma errors. */
export async function translated<T>(what: string, query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    throw toStoreError(error, what);
  }
}
