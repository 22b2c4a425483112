import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** The inflated size to write in the headers instead of the true one (a lying zip bomb). */
  readonly declaredSize?: number;
}

/** An entry deflated beforehand (a stream too large to hold inflated), with its CRC and true size. */
export interface PackedInput {
  readonly name: string;
  readonly packed: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly declaredSize?: number;
}

function isPacked(entry: ZipInput | PackedInput): entry is PackedInput {
  return 'packed' in entry;
}

/**
 * A minimal zip writer for tests (deflated entries, no ZIP64): lets a test build a .docx-shaped
 * file, a zip bomb or a truncated archive without a zip package.
 *
 * @example
 * makeZip([{ name: 'word/document.xml', data: '<w/>' }]) // Uint8Array starting "PK\x03\x04"
 */
export function makeZip(entries: readonly (ZipInput | PackedInput)[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = isPacked(entry) ? null : typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const packed = isPacked(entry) ? Buffer.from(entry.packed) : deflateRawSync(data ?? Buffer.alloc(0));
    const name = Buffer.from(entry.name, 'utf8');
    const crc = isPacked(entry) ? entry.crc : crc32(data ?? Buffer.alloc(0));
    const size = isPacked(entry) ? entry.size : (data?.length ?? 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.declaredSize ?? size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.declaredSize ?? size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
