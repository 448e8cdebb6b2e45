// Bundles for the browser. Today: the domain (src/report) as one library, which proves it needs no Node
// modules (resolve.fallback is empty, so an `fs` or `path` import fails the build). The task pane entry
// joins here with the add-in.
const path = require('node:path');

/** @type {(env: unknown, argv: { mode?: string }) => import('webpack').Configuration} */
module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: ['web', 'es2020'],
  entry: { 'boso-report': './src/report/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: '[name].js',
    library: { name: 'BosoReport', type: 'umd' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: { configFile: path.resolve(__dirname, 'src/report/tsconfig.json'), onlyCompileBundledFiles: true, compilerOptions: { noEmit: false } },
      },
    ],
  },
  performance: { hints: false },
  devtool: false,
});
