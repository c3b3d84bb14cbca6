/**
 * SIGINT and SIGTERM as a promise, so `flare serve` can shut down in order (drain, stop, close
 * the database, release its lock) before it exits. Only the first signal is caught: the handlers
 * then go, so a second Ctrl-C ends a shutdown that hangs the way Node ends any process.
 */
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

export interface TerminationSignal {
  /** Resolves with the first signal received. */
  received: Promise<NodeJS.Signals>;
  /** Stops listening (for a start-up that failed before any signal came). */
  dispose(): void;
}

export function listenForTermination(): TerminationSignal {
  let onSignal: (signal: NodeJS.Signals) => void = () => undefined;
  const dispose = () => SIGNALS.forEach((signal) => process.off(signal, onSignal));
  const received = new Promise<NodeJS.Signals>((resolve) => {
    onSignal = (signal) => {
      dispose();
      resolve(signal);
    };
  });
  SIGNALS.forEach((signal) => process.on(signal, onSignal));
  return { received, dispose };
}
