/** Decompresses a byte stream when it starts with the gzip magic bytes, whatever the file is called. */
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { InflateLimitError, InputError } from "./input-error";

const GZIP_MAGIC = [0x1f, 0x8b];

/** zlib's default 16 KiB output chunks make small line batches; 64 KiB matches the splitter's decode window. */
const INFLATE_CHUNK_BYTES = 64 * 1024;

/**
 * What a gzip input may inflate to. Real logs compress 5–20×: gzip -c over the LogHub 2k files
 * gave 5.1× (HDFS) to 20.2× (Hadoop), and 12.6–13.7× for the hadoop-apps and trainticket
 * service logs; zeros compress ~1000×. So past the first MiBs (a short run of one repeated line
 * may compress better) a ratio over 100 is a bomb, and inflating stops there, not at the end.
 */
export interface InflateLimits {
  /**
   * Largest inflated size: 8 GiB, four times the largest plain upload, bounds the work one input
   * can cause; a bigger log, even honestly compressed, is refused and should be split.
   */
  maxInflatedBytes: number;
  maxRatio: number;
  /** Inflated bytes before the ratio is checked. */
  ratioCheckAfterBytes: number;
}

export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxInflatedBytes: 8 * 2 ** 30, maxRatio: 100, ratioCheckAfterBytes: 16 * 2 ** 20 };

export async function* gunzipIfCompressed(
  chunks: AsyncIterable<Buffer>,
  label: string,
  onDetected: (gzip: boolean) => void,
  limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
): AsyncGenerator<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    const head = await readHead(iterator);
    const rest = concatHead(head.bytes, head.done ? undefined : iterator);
    const gzip = head.bytes.length >= 2 && head.bytes[0] === GZIP_MAGIC[0] && head.bytes[1] === GZIP_MAGIC[1];
    onDetected(gzip);
    yield* gzip ? inflate(rest, label, limits) : rest;
  } finally {
    await iterator.return?.();
  }
}

/** At least the two magic bytes, unless the input is shorter (stdin may deliver one byte first). */
async function readHead(iterator: AsyncIterator<Buffer>): Promise<{ bytes: Buffer; done: boolean }> {
  let bytes: Buffer = Buffer.alloc(0);
  while (bytes.length < GZIP_MAGIC.length) {
    const next = await iterator.next();
    if (next.done) {
      return { bytes, done: true };
    }
    bytes = bytes.length === 0 ? next.value : Buffer.concat([bytes, next.value]);
  }
  return { bytes, done: false };
}

async function* concatHead(head: Buffer, iterator: AsyncIterator<Buffer> | undefined): AsyncGenerator<Buffer> {
  if (head.length > 0) {
    yield head;
  }
  while (iterator !== undefined) {
    const next = await iterator.next();
    if (next.done) {
      return;
    }
    yield next.value;
  }
}

async function* inflate(compressed: AsyncIterable<Buffer>, label: string, limits: InflateLimits): AsyncGenerator<Buffer> {
  const input = Readable.from(compressed, { objectMode: false });
  const gunzip = createGunzip({ chunkSize: INFLATE_CHUNK_BYTES });
  input.on("error", (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  let inflated = 0;
  try {
    for await (const chunk of gunzip) {
      inflated += (chunk as Buffer).length;
      // bytesWritten counts the compressed bytes zlib has consumed, not those still buffered.
      checkInflated(label, inflated, gunzip.bytesWritten, limits);
      yield chunk as Buffer;
    }
  } catch (error) {
    if (error instanceof InputError) {
      throw error;
    }
    const reason = (error as Error).message;
    throw new InputError(`"${label}" starts like gzip but does not decompress (${reason}); check it with gzip -t`, { cause: error });
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

function checkInflated(label: string, inflated: number, compressed: number, limits: InflateLimits): void {
  if (inflated > limits.maxInflatedBytes) {
    throw new InflateLimitError(`"${label}" inflates to more than ${limits.maxInflatedBytes} bytes, the limit; split the log into smaller files`);
  }
  if (inflated > limits.ratioCheckAfterBytes && inflated > compressed * limits.maxRatio) {
    throw new InflateLimitError(
      `"${label}" inflates more than ${limits.maxRatio} times its compressed size (${inflated} bytes from ${compressed}), which real logs never do; send the log itself`,
    );
  }
}
