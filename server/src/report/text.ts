// Text helpers shared by the parser and the extractors: reports mix full-width and half-width
// forms freely, so everything is compared in half-width.

/** Full-width ASCII variants (！–～, ideographic space) to their half-width forms; length-preserving. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** `三` → 3, `十二` → 12, `五十一` → 51, `两千` → 2000; undefined when not a Chinese numeral. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text || text.length > 12) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit === 10000) {
        total += (section + (digit ?? 0)) * unit;
        section = 0;
      } else {
        section += (digit ?? 1) * unit;
      }
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Splits text into lines on \r\n, \r or \n, without the terminators. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
