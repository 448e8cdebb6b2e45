export declare const DEV_ADDIN_URL: string;
export declare const DEV_ENDPOINT_URL: string;
export declare function manifestWithUrls(
  source: string,
  settings: { addinUrl?: string; endpointUrl?: string },
): { ok: true; manifest: string } | { ok: false; message: string };
