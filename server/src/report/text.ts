// Text helpers shared by the parser and the extractors: reports mix full-width and half-width
// forms freely, so everything is compared in half-width.
export { toHalfWidth } from './metrics/text';
export { parseChineseNumeral } from './metrics/chineseNumerals';

/** Splits text into lines on \r\n, \r or \n, without the terminators. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
