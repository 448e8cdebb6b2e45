/** The collection endpoint the build was made for (`BOSO_ENDPOINT_URL`, webpack's DefinePlugin); `npm start`'s otherwise. */
declare const BOSO_ENDPOINT_URL: string | undefined;

export const DEFAULT_ENDPOINT: string = typeof BOSO_ENDPOINT_URL === 'string' && BOSO_ENDPOINT_URL !== '' ? BOSO_ENDPOINT_URL : 'http://127.0.0.1:8787';
