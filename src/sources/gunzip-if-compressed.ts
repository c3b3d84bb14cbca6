/** Decompresses a byte stream when it starts with the gzip magic bytes, whatever the file is called. */
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { InputError } from "./input-error";

const GZIP_MAGIC = [0x1f, 0x8b];

/** zlib's default 16 KiB output chunks make small line batches; 64 KiB matches the splitter's decode window. */
const INFLATE_CHUNK_BYTES = 64 * 1024;

export async function* gunzipIfCompressed(
  chunks: AsyncIterable<Buffer>,
  label: string,
  onDetected: (gzip: boolean) => void,
): AsyncGenerator<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    const head = await readHead(iterator);
    const rest = concatHead(head.bytes, head.done ? undefined : iterator);
    const gzip = head.bytes.length >= 2 && head.bytes[0] === GZIP_MAGIC[0] && head.bytes[1] === GZIP_MAGIC[1];
    onDetected(gzip);
    yield* gzip ? inflate(rest, label) : rest;
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

async function* inflate(compressed: AsyncIterable<Buffer>, label: string): AsyncGenerator<Buffer> {
  const input = Readable.from(compressed, { objectMode: false });
  const gunzip = createGunzip({ chunkSize: INFLATE_CHUNK_BYTES });
  input.on("error", (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  try {
    for await (const chunk of gunzip) {
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
