/** The endpoint URL and the municipality's token, as the user set them under Innstillinger. */
import { z } from 'zod';
import type { Connection } from './client';
import { STORED, type AddinStorage } from './storage';

const NAME = STORED.connection;
const connectionSchema = z.object({ endpoint: z.string(), token: z.string() });

export const loadConnection = (storage: AddinStorage): Connection | undefined => storage.read(NAME, connectionSchema);

export function saveConnection(storage: AddinStorage, connection: Connection): void {
  storage.write(NAME, { endpoint: connection.endpoint.trim(), token: connection.token.trim() });
}

/** Whether an endpoint URL can be called: http(s) with a host, nothing after the path. */
export function endpointUsable(endpoint: string): boolean {
  // Not URL.canParse: older Office webviews (Safari before 17, WebView2 before 120) lack it.
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === '';
}
