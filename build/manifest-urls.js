// @ts-check
// The production manifest: manifest.xml (development, localhost) with the build's URLs in place of the
// development ones. Used by webpack.config.js and held by test/manifest.test.ts.

const DEV_ADDIN_URL = 'https://localhost:3000';
const DEV_ENDPOINT_URL = 'https://localhost:8787';

/** @param {string | undefined} value */
function httpsBase(value) {
  if (value === undefined || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'https:' && url.search === '' && url.hash === '' ? url.href.replace(/\/+$/, '') : undefined;
}

/**
 * @param {string} source the development manifest
 * @param {{ addinUrl?: string, endpointUrl?: string }} settings
 * @returns {{ ok: true, manifest: string } | { ok: false, message: string }}
 */
function manifestWithUrls(source, settings) {
  const addin = httpsBase(settings.addinUrl);
  const endpoint = httpsBase(settings.endpointUrl);
  if (addin === undefined || endpoint === undefined) {
    return {
      ok: false,
      message:
        'manifest.xml for produksjon er ikke skrevet: sett BOSO_ADDIN_URL (der tilleggets filer ligger) og ' +
        'BOSO_ENDPOINT_URL (innsamlingstjenesten), begge https, f.eks. BOSO_ADDIN_URL=https://tillegg.husbanken.no/boso.',
    };
  }
  // The endpoint is an AppDomain, which is an origin: no path.
  const endpointOrigin = new URL(endpoint).origin;
  return { ok: true, manifest: source.split(DEV_ADDIN_URL).join(addin).split(DEV_ENDPOINT_URL).join(endpointOrigin) };
}

module.exports = { manifestWithUrls, DEV_ADDIN_URL, DEV_ENDPOINT_URL };
