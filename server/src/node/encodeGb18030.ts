// Text to GB18030 bytes, for writing a fix back into a report read as GB18030 (older Chinese tools).
// Node decodes GB18030 (TextDecoder) but does not encode it, and no converter is shipped: the table is
// the decoder's own, read backwards. Every two-byte code and every four-byte code of the Basic
// Multilingual Plane is decoded once (about 63,000 codes, ~50 ms, only when such a file is written);
// code points beyond it follow the standard's arithmetic. Where two codes decode to one character, the
// first (the lower pointer) wins, as the WHATWG encoder does.

let table: Map<number, number[]> | undefined;

function codeTable(): Map<number, number[]> {
  if (table) return table;
  const codes: number[][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.push([lead, trail]);
  }
  // Four-byte codes 0x81308130… for pointers 0 to 39,419: the rest of the Basic Multilingual Plane.
  for (let pointer = 0; pointer < 39420; pointer++) codes.push(fourBytes(pointer));
  const text = new TextDecoder('gb18030').decode(Uint8Array.from(codes.flat()));
  table = new Map();
  // Each code decodes to one UTF-16 unit, so the decoded text lines up with the codes.
  if (text.length !== codes.length) throw new Error('gb18030: the decoder did not give one character per code');
  for (let i = 0; i < codes.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== 0xfffd && !table.has(unit)) table.set(unit, codes[i]);
  }
  return table;
}

function fourBytes(pointer: number): number[] {
  return [
    0x81 + Math.floor(pointer / 12600),
    0x30 + (Math.floor(pointer / 1260) % 10),
    0x81 + (Math.floor(pointer / 10) % 126),
    0x30 + (pointer % 10),
  ];
}

/**
 * `text` as GB18030, or undefined when a character has no code (a lone surrogate) or the bytes would
 * not decode back to `text`.
 */
export function encodeGb18030(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x80) bytes.push(codePoint);
    else if (codePoint >= 0x10000) bytes.push(...fourBytes(189000 + codePoint - 0x10000));
    else {
      const code = codeTable().get(codePoint);
      if (!code) return undefined;
      bytes.push(...code);
    }
  }
  const encoded = Uint8Array.from(bytes);
  return new TextDecoder('gb18030').decode(encoded) === text ? encoded : undefined;
}
