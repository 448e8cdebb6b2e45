import type { Configuration } from 'webpack';

declare function configure(env: unknown, argv: { mode?: string }): Configuration;
export = configure;
