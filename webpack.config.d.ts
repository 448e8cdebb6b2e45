import type { Configuration } from 'webpack';

/** The domain library and the web apps (webpack.config.js). */
declare function configure(env: Record<string, unknown> | undefined, argv: { mode?: string }): Configuration[];
export = configure;
