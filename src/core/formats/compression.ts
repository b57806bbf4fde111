/*
 * deflate-raw through the platform's Compression Streams (browsers; Node 18+ as a global), so no
 * compression library ships to the browser. Looked up on each call, not at import, so a browser without
 * them still loads this module, and a test can take them away.
 */

/** True when this browser can compress; if not, links are written as plain JSON. */
export const canCompress = (): boolean => typeof globalThis.CompressionStream === 'function';
export const canDecompress = (): boolean => typeof globalThis.DecompressionStream === 'function';

async function readAll(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | 'over-limit'> {
  const reader = stream.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop inflating at once: a small link can expand to megabytes (a "zip bomb").
      await reader.cancel().catch(() => undefined);
      return 'over-limit';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function through(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const writer = transform.writable.getWriter();
  // Not awaited: the reader drains the output, and a cancelled or failed read rejects these, which is expected.
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  return transform.readable;
}

/** deflate-raw of `bytes`; call only when canCompress(). */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const result = await readAll(through(bytes, new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
  return result as Uint8Array<ArrayBuffer>;
}

/**
 * Inflates deflate-raw `bytes`, reading no more than `limit` bytes of output. Never throws:
 * 'over-limit' when the output would be longer, 'bad-data' when the stream is damaged, cut or
 * followed by junk, 'unsupported' when this browser has no DecompressionStream.
 */
export async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | 'over-limit' | 'bad-data' | 'unsupported'> {
  if (!canDecompress()) return 'unsupported';
  try {
    return await readAll(through(bytes, new DecompressionStream('deflate-raw')), limit);
  } catch {
    return 'bad-data';
  }
}
