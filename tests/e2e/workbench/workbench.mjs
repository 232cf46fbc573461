// What a person does in the VS Code web workbench, by role and accessible name (the labels
// screen readers get), not by CSS class, so the checks survive workbench restyling.
import path from 'node:path';

export class Workbench {
  /**
   * @param {import('playwright-core').Page} page
   * @param {string} artefactsDir where screenshots go
   */
  constructor(page, artefactsDir) {
    this.page = page;
    this.artefactsDir = artefactsDir;
  }

  /** Waits until the workbench has restored and the Explorer shows the workspace. */
  async ready() {
    await this.page.getByRole('tree', { name: 'Files Explorer' }).waitFor({ timeout: 60_000 });
  }

  /**
   * Opens a workspace file from the Explorer, folder by folder, as a person clicks through it.
   * (Quick Open would do too, but its first file search takes ~9 s here.)
   * @param {string} relativePath e.g. '周报/2023-W51.md'
   */
  async openFile(relativePath) {
    await this.setViewExpanded('Explorer', true);
    const files = this.page.getByRole('tree', { name: 'Files Explorer' });
    const segments = relativePath.split('/');
    for (const [index, segment] of segments.entries()) {
      const item = files.getByRole('treeitem', { name: segment, exact: true, level: index + 1 });
      const isFolder = index < segments.length - 1;
      if (!isFolder || (await item.getAttribute('aria-expanded')) !== 'true') await item.click();
    }
    const fileName = segments[segments.length - 1];
    await this.page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(fileName)}`) }).waitFor();
    await this.page.getByRole('code').first().waitFor();
  }

  /** Runs a command from the Command Palette by its English title. */
  async runCommand(title) {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.getByRole('textbox', { name: /Type the name of a command/ });
    await input.fill(`>${title}`);
    await this.page.getByRole('option', { name: new RegExp(escapeRegExp(title)) }).first().waitFor();
    await input.press('Enter');
  }

  /**
   * Expands or collapses a view of the side bar. Its header's accessible name is
   * '<title> Section' ('Outline Section', 'Explorer Section: <folder>').
   * @param {string} title
   */
  async setViewExpanded(title, expanded) {
    const header = this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)} Section`) });
    if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.click();
  }

  /**
   * Shows the Outline of the active editor and waits for an entry whose accessible name matches.
   * With more than one symbol provider (ours and the built-in Markdown one) the Outline puts each
   * provider's symbols in a collapsed group; groups are opened as they appear.
   * @param {RegExp} entryName
   */
  async findInOutline(entryName, timeoutMs = 30_000) {
    await this.setViewExpanded('Outline', true);
    const tree = this.page.getByRole('tree', { name: 'Document Symbols' });
    const entry = tree.getByRole('treeitem', { name: entryName });
    const collapsedGroups = tree.locator('[role="treeitem"][aria-level="1"][aria-expanded="false"]');
    const deadline = Date.now() + timeoutMs;
    while (!(await entry.first().isVisible())) {
      if (Date.now() > deadline) {
        const seen = await tree.getByRole('treeitem').allInnerTexts();
        throw new Error(`the Outline shows no entry matching ${entryName} after ${timeoutMs} ms; it shows ${JSON.stringify(seen)}`);
      }
      if ((await collapsedGroups.count()) > 0) await collapsedGroups.first().click();
      else await this.page.waitForTimeout(100);
    }
    return entry.first();
  }

  async screenshot(name) {
    const file = path.join(this.artefactsDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
