// Bytes of a report file to text. Reports come from editors on every platform: UTF-8 (with or
// without a BOM) above all, UTF-16 from Windows tools (always with a BOM), GB18030/GBK from older
// Chinese tools. Only what is certain is decoded; anything else is refused, never guessed.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the bytes began with a byte order mark (not part of `text`): a rewrite puts it back. */
  bom: boolean;
}

/** The text, or undefined when the bytes are not certainly text in one of the encodings above (binary). */
export function decodeReportBytes(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), true);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // NUL never occurs in UTF-8 or GB18030 text: such a file is binary (or BOM-less UTF-16, which is not certain).
  if (body.includes(0)) return undefined;
  return decodeWith('utf-8', body, bom) ?? decodeWith('gb18030', body, bom);
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, bom: boolean): DecodedText | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.includes('\u0000') ? undefined : { text, encoding, bom };
  } catch {
    return undefined;
  }
}
