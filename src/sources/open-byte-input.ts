/** Opens a path or `-` (standard input) as a stream of byte chunks; open-time problems throw InputError at once. */
import { closeSync, createReadStream, fstatSync, openSync, type Stats } from "node:fs";
import { directoryError, InputError, inputErrorFromFs } from "./input-error";

/** 256 KiB reads: less than half the time of 64 KiB reads from the page cache (the splitter decodes them in 64 KiB pieces). */
export const READ_CHUNK_BYTES = 256 * 1024;

export interface ByteInput {
  /** The path as the user wrote it, or `standard input`; used in messages. */
  label: string;
  chunks: AsyncIterable<Buffer>;
  /** Size of a regular file; undefined for stdin and pipes. */
  sizeBytes: number | undefined;
  /** Bytes read so far (compressed bytes for a gzip file, comparable with sizeBytes). */
  bytesRead(): number;
}

export interface ByteInputOptions {
  /** Stream to read for `-`; process.stdin when absent (tests pass their own). */
  stdin?: NodeJS.ReadableStream;
}

export function openByteInput(pathOrDash: string, options: ByteInputOptions = {}): ByteInput {
  if (pathOrDash.length === 0) {
    throw new InputError("no input given; pass a log file path, or - to read standard input");
  }
  if (pathOrDash === "-") {
    return countingInput("standard input", options.stdin ?? process.stdin, undefined);
  }
  const { fd, stats } = openReadableFile(pathOrDash);
  const stream = createReadStream(pathOrDash, { fd, highWaterMark: READ_CHUNK_BYTES });
  return countingInput(pathOrDash, stream, stats.isFile() ? stats.size : undefined);
}

function openReadableFile(path: string): { fd: number; stats: Stats } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw inputErrorFromFs(path, error);
  }
  const stats = fstatSync(fd);
  if (stats.isDirectory()) {
    closeSync(fd);
    throw directoryError(path);
  }
  return { fd, stats };
}

/**
 * Throws the InputError openByteInput would, without reading: for callers that read the file
 * elsewhere (a worker thread). Returns the size of a regular file.
 */
export function checkReadableFile(path: string): number | undefined {
  const { fd, stats } = openReadableFile(path);
  closeSync(fd);
  return stats.isFile() ? stats.size : undefined;
}

function countingInput(label: string, stream: NodeJS.ReadableStream, sizeBytes: number | undefined): ByteInput {
  let bytes = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of stream) {
        const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        bytes += buffer.length;
        yield buffer;
      }
    } catch (error) {
      throw error instanceof InputError ? error : inputErrorFromFs(label, error);
    }
  }
  return { label, chunks: chunks(), sizeBytes, bytesRead: () => bytes };
}
