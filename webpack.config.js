// Bundles for the browser, in two configurations:
// - the domain (src/report) as one library, which proves it needs no Node modules (resolve.fallback is
//   empty, so an `fs` or `path` import fails the build);
// - the web apps: each entry of `apps` is one page. The task pane page also holds the ribbon commands,
//   as Office's shared runtime needs (manifest.xml: FunctionFile and Runtime point at the same page).
//
// Build settings (production): BOSO_ADDIN_URL, where the add-in's files are served (https), and
// BOSO_ENDPOINT_URL, the collection endpoint (https). Given as environment variables or as
// `--env addinUrl=… --env endpointUrl=…`; the production build writes dist/web/manifest.xml with them
// (`npm run build:addin` requires them).
const path = require('node:path');
const { readdirSync, readFileSync } = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { manifestWithUrls } = require('./build/manifest-urls.js');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * One page per app. `officeJs`: the page loads Office.js from Microsoft's CDN (Microsoft requires it for
 * add-ins in production). `benchOnly`: built only for the benchmark.
 */
const apps = [
  { name: 'taskpane', entry: './src/taskpane/main.tsx', title: 'BOSO-rapport', officeJs: true },
  { name: 'demo', entry: './src/demo/main.tsx', title: 'BOSO-rapport – prøv tillegget uten Excel' },
  // Husbanken's overview, served by boso-server at /oversikt/ (src/server/overview-page.ts).
  { name: 'oversikt', entry: './src/overview/main.tsx', title: 'BOSO-rapport – oversikt for Husbanken' },
  { name: 'floor', entry: './bench/floor/main.tsx', title: 'Gulvside', benchOnly: true },
  { name: 'pane-bench', entry: './bench/pane/main.tsx', title: 'BOSO-rapport (måling)', benchOnly: true },
];

/** @param {string} configFile */
const typescriptRule = (configFile) => ({
  test: /\.tsx?$/,
  loader: 'ts-loader',
  exclude: /node_modules/,
  // Type checking is `npm run typecheck`; the build only strips types. ES modules let webpack drop what
  // is not imported (zod's locale tables, unused Fluent components).
  options: { configFile: path.resolve(__dirname, configFile), transpileOnly: true, compilerOptions: { noEmit: false, module: 'es2020' } },
});

/**
 * Our `makeStyles` calls compiled to CSS at build time (Griffel's loader, after ts-loader has made them
 * JavaScript), so the first render does not compile them in the browser; Fluent's own styles come
 * precompiled. Every web page, the bench's floor included, is built with it.
 */
const griffelRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: '@griffel/webpack-loader',
  enforce: 'post',
};

/** @param {string} mode */
function domainLibrary(mode) {
  /** @type {import('webpack').Configuration} */
  return {
    name: 'domain',
    mode,
    target: ['web', 'es2020'],
    entry: { 'boso-report': './src/report/index.ts' },
    output: { path: path.resolve(__dirname, 'dist/domain'), filename: '[name].js', library: { name: 'BosoReport', type: 'umd' }, clean: true },
    resolve: { extensions: ['.ts', '.js'], fallback: {} },
    module: { rules: [typescriptRule('src/report/tsconfig.json')] },
    performance: { hints: false },
    devtool: false,
  };
}

/**
 * The production build's settings, from `--env` or the environment. `--env release` (npm run build:addin)
 * makes them required.
 * @param {Record<string, unknown>} env
 * @returns {{ addinUrl?: string, endpointUrl?: string, release: boolean }}
 */
function buildSettings(env) {
  const setting = (/** @type {string} */ key, /** @type {string} */ variable) => {
    const value = env[key] ?? process.env[variable];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  return { addinUrl: setting('addinUrl', 'BOSO_ADDIN_URL'), endpointUrl: setting('endpointUrl', 'BOSO_ENDPOINT_URL'), release: env.release === true };
}

/**
 * The add-in's files that no page imports: the icons in assets/ (the manifest and the demo refer to them)
 * and, in production, manifest.xml with the build's URLs.
 */
class AddinFilesPlugin {
  /** @param {{ addinUrl?: string, endpointUrl?: string, release: boolean } | undefined} settings production settings, or undefined in development */
  constructor(settings) {
    this.settings = settings;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('AddinFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AddinFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const assets = path.resolve(__dirname, 'assets');
        for (const file of readdirSync(assets)) {
          compilation.emitAsset(`assets/${file}`, new RawSource(readFileSync(path.join(assets, file))));
          compilation.fileDependencies.add(path.join(assets, file));
        }
        const settings = this.settings;
        // Without settings the pages are built without a manifest (the demo, the tests); a release needs them.
        if (settings === undefined || (!settings.release && settings.addinUrl === undefined && settings.endpointUrl === undefined)) return;
        const result = manifestWithUrls(readFileSync(path.resolve(__dirname, 'manifest.xml'), 'utf8'), settings);
        if (result.ok) compilation.emitAsset('manifest.xml', new RawSource(result.manifest));
        else compilation.errors.push(new compiler.webpack.WebpackError(result.message));
      });
    });
  }
}

/**
 * @param {Record<string, unknown>} env
 * @param {string} mode
 */
function webApps(env, mode) {
  const production = mode === 'production';
  const built = apps.filter((app) => !app.benchOnly || env.bench === true);
  /** @type {import('webpack').Configuration} */
  return {
    name: 'web',
    mode,
    target: ['web', 'es2020'],
    entry: Object.fromEntries(built.map((app) => [app.name, app.entry])),
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'], fallback: {} },
    module: {
      rules: [typescriptRule('tsconfig.web.json'), griffelRule],
    },
    plugins: [
      // The manifest's SupportUrl and LearnMoreUrl: a page of its own, no script.
      new HtmlWebpackPlugin({ filename: 'hjelp.html', template: path.resolve(__dirname, 'src/ui/help.html'), chunks: [], inject: false }),
      ...built.map(
        (app) =>
          new HtmlWebpackPlugin({
            filename: `${app.name}.html`,
            chunks: [app.name],
            template: path.resolve(__dirname, 'src/ui/page.html'),
            templateParameters: { title: app.title, officeJs: app.officeJs ? OFFICE_JS : '' },
            scriptLoading: 'defer',
          }),
      ),
      new AddinFilesPlugin(production ? buildSettings(env) : undefined),
      // The endpoint the pane's Innstillinger offers until the user sets another (src/submit/default-endpoint.ts).
      new DefinePlugin({ BOSO_ENDPOINT_URL: JSON.stringify(buildSettings(env).endpointUrl ?? '') }),
    ],
    optimization: { splitChunks: { chunks: 'async' } },
    performance: { hints: false },
    devtool: production ? false : 'source-map',
  };
}

/** @type {(env: Record<string, unknown> | undefined, argv: { mode?: string }) => import('webpack').Configuration[]} */
module.exports = (env, argv) => {
  const mode = argv.mode ?? 'production';
  return [domainLibrary(mode), webApps(env ?? {}, mode)];
};
