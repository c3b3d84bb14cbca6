import type { CommandDefinition } from "../command-definition";
import { lazyAction } from "../command-definition";

export const serveCommand: CommandDefinition = (command) =>
  command
    .option("--port <port>", "TCP port (0 picks a free one)", "4000")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .action(lazyAction(async () => (await import("./serve.action.js")).runServe));
