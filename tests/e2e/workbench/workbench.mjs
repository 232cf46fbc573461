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
    await this.page
      .getByRole('option', { name: new RegExp(escapeRegExp(title)) })
      .first()
      .waitFor();
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
      if ((await collapsedGroups.count()) > 0) await this.expandTreeItem(collapsedGroups.first());
      else await this.page.waitForTimeout(100);
    }
    return entry.first();
  }

  /**
   * Expands a collapsed tree item. A click on the row may only select it (the Outline expands
   * on its twistie, and a refresh can collapse it again), so the keyboard finishes the job.
   * @param {import('playwright-core').Locator} item
   */
  async expandTreeItem(item) {
    const row = await item.elementHandle();
    if (!row) return;
    await row.click();
    if ((await row.getAttribute('aria-expanded')) === 'false') await this.page.keyboard.press('ArrowRight');
  }

  /** The text the active editor shows (line numbers included), as a person reads it. */
  async editorText() {
    return this.page.getByRole('code').first().innerText();
  }

  /** Moves the cursor to the start of the first `text` in the active editor with Find, revealing it. */
  async revealText(text) {
    await this.page.getByRole('code').first().click();
    await this.page.keyboard.press('Control+F');
    const find = this.page.getByRole('textbox', { name: 'Find' });
    await find.fill(text);
    await find.press('Enter');
    await find.press('Escape');
    // Back in the editor with the match selected: collapse the selection to its start.
    await this.page.keyboard.press('ArrowLeft');
  }

  /**
   * Points the mouse at the first squiggle of `severity` and returns the hover that opens with
   * `hoverText`. Squiggles are decorations with no accessible role, so this one step goes by
   * Monaco's class name.
   * @param {'error' | 'warning' | 'info' | 'hint'} severity
   * @param {string | RegExp} hoverText
   */
  async hoverSquiggle(severity, hoverText, timeoutMs = 30_000) {
    const squiggle = this.page.locator(`.squiggly-${severity}`).first();
    await squiggle.waitFor({ timeout: timeoutMs });
    const hover = this.page.getByRole('tooltip').filter({ hasText: hoverText });
    const deadline = Date.now() + timeoutMs;
    // A hover can be lost to the editor still settling (scrolling, widgets closing); a person
    // moves the mouse off and back, and so does this.
    for (;;) {
      // New diagnostics redraw the squiggle: between two draws it has no box.
      const box = await squiggle.boundingBox();
      try {
        if (!box) throw new Error(`the ${severity} squiggle is not on screen`);
        await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
        await hover.waitFor({ timeout: 3_000 });
        return hover;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(`no hover with ${hoverText} over the ${severity} squiggle after ${timeoutMs} ms`, { cause: error });
        await this.page.mouse.move(0, 0);
      }
    }
  }

  /**
   * Types `typed` at the cursor, asks for suggestions (Ctrl+Space) and accepts the one whose
   * accessible name matches. Right after a file opens the snippets may not be loaded yet and the
   * widget says 'No suggestions.': it asks again until the entry appears.
   * @param {RegExp} entryName e.g. /^zb-xtyx, /
   */
  async acceptSuggestion(typed, entryName, timeoutMs = 30_000) {
    await this.page.keyboard.type(typed);
    const entry = this.page.getByRole('option', { name: entryName });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('Control+Space');
      try {
        await entry.first().waitFor({ timeout: 2_000 });
        break;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(`no suggestion matching ${entryName} for ${JSON.stringify(typed)} after ${timeoutMs} ms`, { cause: error });
        await this.page.keyboard.press('Escape');
      }
    }
    await entry.first().click();
  }

  /**
   * The frame of a webview (an iframe inside an iframe) once it shows an element with `role`
   * named `name`. Webviews are frames of their own, outside the page's accessibility tree.
   * @param {Parameters<import('playwright-core').Page['getByRole']>[0]} role
   * @param {{ name?: string | RegExp }} [options]
   */
  async findWebviewFrame(role, options = {}, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame()) continue;
        if (
          await frame
            .getByRole(role, options)
            .first()
            .isVisible()
            .catch(() => false)
        )
          return frame;
      }
      if (Date.now() > deadline) throw new Error(`no webview shows a ${role} ${options.name ?? ''} after ${timeoutMs} ms`);
      await this.page.waitForTimeout(100);
    }
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
