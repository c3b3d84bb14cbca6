/** A mistake in how flare was called: reported as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
