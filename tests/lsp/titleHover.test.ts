// Over LSP: the hover on a report's title says which week and dates it was read as, and the
// hover on a dated newsletter's title how far back its previous issue is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';

let client: TestClient;

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: fixturesDir, locale: 'en' });
  await client.initialize();
});

afterAll(() => client.shutdown());

async function hoverText(file: string, line: number): Promise<string> {
  const uri = await client.openFile(path.join(fixturesDir, file));
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } });
  return hover ? (hover.contents as { value: string }).value : '';
}

describe('hover on the title', () => {
  it('says which week and dates the report was read as', async () => {
    const value = await hoverText('reports/team-a/2024-W11.md', 0);
    expect(value).toContain('**Read as 2024-W11**');
    expect(value).toMatch(/2024-03-1\d to 2024-03-1\d/);
    expect(value).toContain('auto');
  });

  it('says how far back the previous issue of a biweekly series is', async () => {
    const value = await hoverText('series/newsletter/20240202.en.md', 0);
    expect(value).toContain('Read as 2024-W05');
    expect(value).toContain('Biweekly series');
    expect(value).toContain('2 weeks earlier');
  });

  it('stays away from other lines', async () => {
    expect(await hoverText('reports/team-a/2024-W11.md', 2)).toBe('');
  });
});
