// Names that are one thing renamed from one week to the next: sections and labels are edited
// (本周系统运行数据, 稳定性问题复盘跟进), and a rename is no disappearance.

/**
 * Two normalised names that are one thing renamed: equal, one holding the other (系统运行数据 →
 * 本周系统运行数据), or sharing most of their character pairs (Dice ≥ 0.6: 稳定性问题跟进 →
 * 稳定性问题复盘跟进).
 */
export function similarName(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.includes(short) && short.length * 2 >= long.length) return true;
  return dice(a, b) >= SIMILAR_FROM;
}

const SIMILAR_FROM = 0.6;

function dice(a: string, b: string): number {
  const pairs = (text: string) => {
    const chars = [...text];
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i++) out.set(chars[i] + chars[i + 1], (out.get(chars[i] + chars[i + 1]) ?? 0) + 1);
    return out;
  };
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const count of right.values()) total += count;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Section names carry counts and dates that change every week (`新增PR：+23个`): they are left out. */
export function similarSectionName(a: string, b: string): boolean {
  return similarName(a, b) || similarName(withoutDigits(a), withoutDigits(b));
}

function withoutDigits(name: string): string {
  return name.replace(/\d+/g, '');
}
