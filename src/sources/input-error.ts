/** A problem with the input the user named (missing, a directory, unreadable, corrupt gzip): shown as one line, exit code 2. */
export class InputError extends Error {
  override readonly name = "InputError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * A gzip input that inflates past its limits (a decompression bomb): inflating stopped there.
 * Its name stays InputError, so it crosses from the ingest worker as one, and the CLI exits 2.
 */
export class InflateLimitError extends InputError {}

/** Turns a Node fs error on `path` into an InputError whose message says what to do. */
export function inputErrorFromFs(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return new InputError(`cannot read "${path}": no such file; check the path, or pass - to read standard input`, { cause: error });
    case "EISDIR":
      return directoryError(path);
    case "EACCES":
    case "EPERM":
      return new InputError(`cannot read "${path}": permission denied; check the file's permissions`, { cause: error });
    default:
      return new InputError(`cannot read "${path}": ${(error as Error | undefined)?.message ?? String(error)}`, { cause: error });
  }
}

export function directoryError(path: string): InputError {
  return new InputError(`"${path}" is a directory; pass a log file (or - to read standard input)`);
}
