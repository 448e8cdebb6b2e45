/**
 * Where the server hands the overview page the nonce of its Content-Security-Policy: the page gives
 * it to the style elements it creates (Fluent UI's, the print page size), which the policy then allows.
 */
export const NONCE_META = 'boso-csp-nonce';
