/**
 * Model container: gzip( "DSM1" | u32 header length | header JSON | typed arrays, 8-byte aligned ).
 * The header carries small things (labels, lexicons, settings); the arrays carry the weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';

export type Typed = Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array | Int8Array | Float32Array;

const CTORS = { Int32Array, Uint32Array, Int16Array, Uint16Array, Uint8Array, Int8Array, Float32Array } as const;
type CtorName = keyof typeof CTORS;

interface ArrayInfo { name: string; type: CtorName; length: number }

export function packModel(header: object, arrays: Record<string, Typed>): Buffer {
  const infos: ArrayInfo[] = Object.entries(arrays).map(([name, a]) => ({
    name, type: a.constructor.name as CtorName, length: a.length,
  }));
  const head = Buffer.from(JSON.stringify({ header, arrays: infos }), 'utf8');
  const parts: Buffer[] = [Buffer.from('DSM1', 'latin1')];
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  parts.push(len, head);
  let off = 8 + head.length;
  for (const info of infos) {
    const a = arrays[info.name];
    const pad = (8 - (off % 8)) % 8;
    if (pad) parts.push(Buffer.alloc(pad));
    off += pad;
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(b);
    off += b.length;
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function unpackModel<H>(buf: Buffer): { header: H; arrays: Record<string, Typed> } {
  const raw = gunzipSync(buf);
  if (raw.toString('latin1', 0, 4) !== 'DSM1') throw new Error('not a Dossier model file');
  const hlen = raw.readUInt32LE(4);
  const meta = JSON.parse(raw.toString('utf8', 8, 8 + hlen)) as { header: H; arrays: ArrayInfo[] };
  const arrays: Record<string, Typed> = {};
  let off = 8 + hlen;
  for (const info of meta.arrays) {
    off += (8 - (off % 8)) % 8;
    const C = CTORS[info.type];
    const bytes = info.length * C.BYTES_PER_ELEMENT;
    // Copy into a fresh aligned buffer: the gunzip result's byteOffset may be unaligned.
    const copy = new Uint8Array(bytes);
    copy.set(raw.subarray(off, off + bytes));
    arrays[info.name] = new C(copy.buffer, 0, info.length);
    off += bytes;
  }
  return { header: meta.header, arrays };
}

export function saveModel(path: string, header: object, arrays: Record<string, Typed>): number {
  const buf = packModel(header, arrays);
  writeFileSync(path, buf);
  return buf.length;
}

export function loadModel<H>(path: string): { header: H; arrays: Record<string, Typed> } {
  return unpackModel<H>(readFileSync(path));
}
