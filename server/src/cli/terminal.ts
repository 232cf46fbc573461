// What the terminal gets: colour or not, and column alignment that counts wide characters.
import { displayWidth } from '../presentation/renderText';
import type { ParsedArgs } from './args';

/** `--color`/`--no-color` win; then `NO_COLOR`/`FORCE_COLOR`; else colour only on a terminal. */
export function wantsColor(args: ParsedArgs, stream: { isTTY?: boolean } = process.stdout): boolean {
  if (args.switches.has('no-color')) return false;
  if (args.switches.has('color')) return true;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export type Paint = (text: string, code: string) => string;

export function painter(color: boolean): Paint {
  return (text, code) => (color && code ? `\x1b[${code}m${text}\x1b[0m` : text);
}

/**
 * Rows of cells as aligned columns, two spaces apart; columns listed in `right` are
 * right-aligned (numbers). Returns one string per row, without trailing spaces.
 */
export function alignColumns(rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat(widths[column] - displayWidth(cell));
        return right.has(column) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
