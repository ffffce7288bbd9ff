// The inspector, the bytecode pane and the source view on the reference-cycle demo: after the run the program
// pane follows the trace; clicking a source line goes to its next execution; inside Node.__init__ the bytecode
// view shows the listing with its current instruction and the frame's locals, and the caller's code at its CALL
// when its frame is chosen; selecting `self` there inspects
// the Node; a history entry moves the timeline to its moment; "why is it alive" gives a root path inside
// __init__ and "unreachable — awaiting collection" once `del a, b` has run.

import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

test.use({ locale: 'en-US', colorScheme: 'light' });

const moment = async (page: Page): Promise<number> => Number(await page.getByTestId('moment-counter').getAttribute('data-moment'));

test('select an object, follow its history, see why it is alive', async ({ page }) => {
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  await workspace.demoPicker.selectOption('reference-cycle');
  await workspace.runButton.click();
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'finished', { timeout: 20_000 });

  // The program pane switched to the trace: the program as it ran.
  const source = page.getByTestId('source-view');
  await expect(source).toBeVisible();
  await expect(page.getByTestId('inspector')).toContainText('Select an object');

  // Line 7 (self.name = name) runs inside Node.__init__: its frame, listing and local `self`.
  await source.locator('[data-line="7"]').click();
  await expect(source).toHaveAttribute('data-line', '7');
  const bytecode = page.getByTestId('bytecode-view');
  await expect(bytecode.getByTestId('frame-stack')).toContainText('Node.__init__');
  const listing = bytecode.getByTestId('bytecode-listing');
  await expect(listing).toHaveAttribute('data-code', 'Node.__init__');
  await expect(listing.locator('.dis__row.is-current')).toHaveCount(1);
  await expect(listing.locator('.dis__row.is-current')).toBeInViewport();
  const self = bytecode.getByTestId('frame-locals').locator('[data-name="self"]');
  await expect(self).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/inspector-bytecode.png' });
  // The calling frame's code: its current instruction is the CALL in progress.
  await bytecode.getByTestId('frame-stack').getByRole('button', { name: /<module>/ }).click();
  await expect(listing).toHaveAttribute('data-code', '<module>');
  await expect(listing.locator('.dis__row.is-current .dis__op')).toHaveText('CALL');
  await expect(bytecode.getByTestId('value-stack').locator('[data-object]').first()).toBeVisible();
  await bytecode.getByTestId('frame-stack').getByRole('button', { name: /Node\.__init__/ }).click();
  await expect(listing).toHaveAttribute('data-code', 'Node.__init__');

  await self.click();
  const inspector = page.getByTestId('inspector-object');
  await expect(inspector).toHaveAttribute('data-status', 'alive');
  const node = Number(await inspector.getAttribute('data-object'));
  await expect(inspector.locator('[data-fact="type"]')).toHaveText('Node');
  await expect(inspector.locator('[data-fact="address"]')).toHaveText(/^0x[0-9a-f]+$/);
  await expect(page.getByTestId('inspector-referrers')).toContainText('frame Node.__init__');
  // Inside __init__ the frame's `self` reaches it: a path from a root.
  await expect(page.getByTestId('why-alive')).toHaveAttribute('data-kind', 'reachable');
  await page.screenshot({ path: 'e2e/artifacts/inspector-selected.png' });

  // History: the allocation and every refcount change; a click moves the timeline there.
  const entries = page.getByTestId('inspector-history').locator('[data-kind="incref"]');
  await expect(entries.first()).toBeVisible();
  const entry = entries.nth(Math.min(1, (await entries.count()) - 1));
  const target = Number(await entry.getAttribute('data-moment'));
  expect(target).not.toBe(await moment(page));
  await entry.click();
  await expect.poll(() => moment(page)).toBe(target);
  await expect(entry).toHaveClass(/is-current/);
  await expect(inspector).toHaveAttribute('data-object', String(node));

  // After `del a, b` (line 17 starts) the cycle is garbage the collector has not found yet.
  await source.locator('[data-line="17"]').click();
  await expect(source).toHaveAttribute('data-line', '17');
  await expect(inspector).toHaveAttribute('data-status', 'alive');
  await expect(page.getByTestId('why-alive')).toHaveAttribute('data-kind', 'unreachable');
  await expect(page.getByTestId('why-alive-message')).toHaveText('unreachable — awaiting collection');
  // The other node of the cycle, through the referents list.
  const other = page.getByTestId('inspector-referents').locator('[data-object]').filter({ hasText: 'Node' }).first();
  await other.click();
  await expect(inspector).not.toHaveAttribute('data-object', String(node));
  await expect(inspector.locator('[data-fact="type"]')).toHaveText('Node');
  await page.screenshot({ path: 'e2e/artifacts/inspector-unreachable.png' });

  // At the end the collector has freed them: the inspector says when.
  await page.keyboard.press('End');
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('End');
  await expect(inspector).toHaveAttribute('data-status', 'freed');
  await expect(page.getByTestId('inspector-status')).toContainText('Freed at moment');
  await page.screenshot({ path: 'e2e/artifacts/inspector-freed.png' });

  // Typing in the trace view goes back to editing; the editor keeps the program.
  await source.focus();
  await page.keyboard.press('x');
  await expect(workspace.sourceInput).toBeVisible();
  await expect(source).toHaveCount(0);
  await page.getByTestId('editor-tab-trace').click();
  await expect(source).toBeVisible();
  await workspace.demoPicker.selectOption('getrefcount');
  await expect(workspace.sourceInput).toBeVisible();
});
