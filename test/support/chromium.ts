/**
 * Headless Chromium for browser tests and benchmarks: Debian's /usr/bin/chromium through playwright-core
 * (never a downloaded browser), a fresh profile per launch, and no network beyond loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { requireTool, type ToolCheck } from './system-tools';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Whether Chromium is here; in CI its absence fails the suite (.ci/run installs the Debian package). */
export function requireChromium(): ToolCheck {
  return requireTool('chromium', 'chromium');
}

export interface Chromium {
  readonly context: BrowserContext;
  /** A new tab, `width` CSS pixels wide, that can reach only loopback. */
  page(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

const isLoopback = (url: string): boolean => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'boso-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
  await context.route(
    (url) => !isLoopback(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return {
    context,
    page: async (width = 1280, height = 900) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
