// Two environments: Node for the domain, the server and the build (`*.test.ts`), jsdom for React
// components (`*.test.tsx`).
const transform = {
  // Type checking is `npm run typecheck`; the transform only strips types (tsconfig.json sets
  // isolatedModules, which makes ts-jest transpile file by file), which keeps jest fast.
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform,
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.tsx'],
      transform,
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts', '<rootDir>/test/setup-dom.ts'],
    },
  ],
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
