/**
 * Husbanken's overview page (src/overview), as webpack built it into dist/web: read once at start and
 * served by the server itself, so the page is same-origin with the API. Each reply of the page gets a
 * fresh nonce: its Content-Security-Policy allows the page's own scripts and only the style elements
 * that carry the nonce (Fluent UI writes its styles into such elements at run time).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NONCE_META } from '../api/page-nonce';

export const PAGE_FILE = 'oversikt.html';

export interface OverviewPage {
  /** The HTML for one reply, and the policy that goes with it. */
  render(): { readonly html: string; readonly policy: string };
  /** A script of the build by its file name, or undefined. */
  file(name: string): Buffer | undefined;
}


const policyFor = (nonce: string): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

export function overviewPage(html: string, files: ReadonlyMap<string, Buffer>): OverviewPage {
  if (!html.includes('<head>')) throw new Error(`${PAGE_FILE} har ikke noe <head>.`);
  return {
    render() {
      const nonce = randomBytes(16).toString('base64');
      const page = html
        .replace('<head>', `<head><meta name="${NONCE_META}" content="${nonce}">`)
        .replace(/<style>/g, `<style nonce="${nonce}">`);
      return { html: page, policy: policyFor(nonce) };
    },
    file: (name) => files.get(name),
  };
}

/** The page from a build folder, or undefined when the page has not been built there. */
export function loadOverviewPage(dir: string): OverviewPage | undefined {
  const page = join(dir, PAGE_FILE);
  if (!existsSync(page)) return undefined;
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  return overviewPage(readFileSync(page, 'utf8'), new Map(scripts.map((f) => [f, readFileSync(join(dir, f))])));
}
