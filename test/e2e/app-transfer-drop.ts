import type { Page } from 'playwright-core';

/**
 * Starts dragging a file over the window as the operating system would. The DataTransfer is built
 * in the page, since a test cannot hand a real file drag to headless Chromium.
 */
export async function dragFileOver(page: Page, file: { name: string; type: string; base64: string }): Promise<void> {
  await page.evaluate((f) => {
    const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], f.name, { type: f.type }));
    (window as Window & { draggedFiles?: DataTransfer }).draggedFiles = transfer;
    const target = document.querySelector('.main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, file);
}

/** Lets go of the file started by dragFileOver. */
export async function dropDraggedFile(page: Page): Promise<void> {
  await page.evaluate(() => {
    const transfer = (window as Window & { draggedFiles?: DataTransfer }).draggedFiles;
    const target = document.querySelector('.main') ?? document.body;
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, ...(transfer ? { dataTransfer: transfer } : {}) }));
  });
}

/** Drags the file started by dragFileOver back out of the window. */
export async function dragAway(page: Page): Promise<void> {
  await page.evaluate(() => {
    const transfer = (window as Window & { draggedFiles?: DataTransfer }).draggedFiles;
    const target = document.querySelector('.main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragleave', { bubbles: true, cancelable: true, ...(transfer ? { dataTransfer: transfer } : {}) }));
  });
}
