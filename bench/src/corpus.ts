// The texts the bench measures: the real example report when this machine has it, else a
// committed fixture of the same style; weekly variants of it, a 700 KB report, and generated
// workspaces of many weeks.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const EXAMPLE = '/work/shared/examples/weekly-report-zh.md';
const FALLBACK = path.resolve(__dirname, '../../tests/fixtures/reports/team-a/2024-W10.md');

export interface Template {
  text: string;
  source: string;
}

export function loadTemplate(): Template {
  const source = existsSync(EXAMPLE) ? EXAMPLE : FALLBACK;
  return { text: readFileSync(source, 'utf8'), source };
}

/** A small deterministic PRNG: the same seed gives the same workspace on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

/** Nudges each percentage a little, keeping its written precision, so weeks differ like real ones. */
function varyPercentages(text: string, random: () => number): string {
  return text.replace(/(\d{1,3})(\.\d+)?%/g, (_, int: string, frac: string | undefined) => {
    const decimals = frac ? frac.length - 1 : 0;
    const value = Number(int + (frac ?? ''));
    const nudged = Math.min(100, Math.max(0, value + (random() - 0.5) * (decimals ? 0.2 : 6)));
    return `${nudged.toFixed(decimals)}%`;
  });
}

export interface Week {
  year: number;
  week: number;
}

/** The template rewritten as the report of another week: title, `Created:` date and figures. */
export function reportForWeek(template: string, { year, week }: Week, random: () => number): string {
  const created = new Date(Date.UTC(year, 0, 1 + (week - 1) * 7 + 4));
  const date = `${created.getUTCFullYear()}年${created.getUTCMonth() + 1}月${created.getUTCDate()}日 09:30`;
  const retitled = template.replace(/^# .*$/m, `# 第${week}周`).replace(/^Created: .*$/m, `Created: ${date}`);
  return varyPercentages(retitled, random);
}

/**
 * A report of about `bytes`, made of the template's body sections repeated under numbered names,
 * as a team that never starts a new file would write.
 */
export function largeReport(template: string, bytes: number): string {
  const firstSection = template.search(/^## /m);
  const head = firstSection > 0 ? template.slice(0, firstSection) : '# 第51周\n\n';
  const body = firstSection > 0 ? template.slice(firstSection) : template;
  const random = seeded(bytes);
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let copy = 1; size < bytes; copy++) {
    const numbered = body.replace(/^(#{2,6} .*?)(】?)$/gm, (_, heading: string, close: string) => `${heading} ${copy}${close}`);
    const part = varyPercentages(numbered, random) + '\n';
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

const YEARS_PER_TEAM = 10;
const FIRST_YEAR = 2015;

/**
 * `count` weekly reports: each team gets ten years of weeks, one folder per team and year
 * (`team-3/周报/2019/2019-W07.md`), the next team starts when one is full.
 */
export function writeWorkspace(root: string, template: string, count: number): void {
  const random = seeded(count);
  for (let i = 0; i < count; i++) {
    const team = Math.floor(i / (52 * YEARS_PER_TEAM)) + 1;
    const year = FIRST_YEAR + (Math.floor(i / 52) % YEARS_PER_TEAM);
    const week = (i % 52) + 1;
    const dir = path.join(root, `team-${team}`, '周报', String(year));
    if (week === 1 || i === 0) mkdirSync(dir, { recursive: true });
    const name = `${year}-W${String(week).padStart(2, '0')}.md`;
    writeFileSync(path.join(dir, name), reportForWeek(template, { year, week }, random));
  }
}

/** The `count` weeks before `last` (oldest first), counted on the calendar of 52-week years the generator uses. */
function weeksBefore(last: Week, count: number): Week[] {
  const weeks: Week[] = [];
  let { year, week } = last;
  for (let i = 0; i < count; i++) {
    week--;
    if (week === 0) {
      year--;
      week = 52;
    }
    weeks.push({ year, week });
  }
  return weeks.reverse();
}

/**
 * Ten years of one team's history in one folder (`周报/2013-W52.md` … `周报/2023-W50.md`, `count`
 * weeks) with the template as the latest week, 2023-W51: the workspace a long-lived series grows
 * into. Returns the template's path.
 */
export function writeHistoryWorkspace(root: string, template: string, count: number): { files: string[]; latest: string } {
  const folder = path.join(root, '周报');
  mkdirSync(folder, { recursive: true });
  const random = seeded(count);
  const files: string[] = [];
  for (const week of weeksBefore({ year: 2023, week: 51 }, count)) {
    const file = path.join(folder, `${week.year}-W${String(week.week).padStart(2, '0')}.md`);
    writeFileSync(file, reportForWeek(template, week, random));
    files.push(file);
  }
  const latest = path.join(folder, '2023-W51.md');
  writeFileSync(latest, template);
  return { files: [...files, latest], latest };
}

/** A year of weeks in one file, newest first, each week the template under its own level-1 title: a team that keeps one journal. */
export function journalFile(template: string, weeks: number): string {
  const random = seeded(weeks);
  return weeksBefore({ year: 2024, week: 1 }, weeks)
    .reverse()
    .map((week) => reportForWeek(template, week, random))
    .join('\n');
}
