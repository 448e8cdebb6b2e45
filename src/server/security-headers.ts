/**
 * The security headers of every reply. The server answers JSON, CSV and .xlsx files and never a page,
 * so the strictest policy holds for all of them and is the same on every request: one constant object
 * set in the hook that also sets the request id, instead of a plugin that works the policy out per reply
 * (measured: that plugin was a third of the event loop's CPU time per submission).
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'DENY',
  'X-Permitted-Cross-Domain-Policies': 'none',
  // The old XSS auditors did more harm than good; '0' turns them off (as OWASP advises).
  'X-XSS-Protection': '0',
} as const;
