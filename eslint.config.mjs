// @ts-check
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const officeRules = Object.fromEntries(
  [
    'call-sync-after-load',
    'call-sync-before-read',
    'load-object-before-read',
    'no-context-sync-in-loop',
    'no-empty-load',
    'no-navigational-load',
    'no-office-initialize',
    'test-for-null-using-isNullObject',
  ].map((rule) => [`office-addins/${rule}`, 'error']),
);

// Node and the server's modules: browser code may not import them.
const browserBans = ['fastify', '@fastify/*', 'exceljs', 'better-sqlite3', 'pg', 'node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https'];
// The domain is shared by the add-in, the CLI and the server: it must not reach for any host.
const hostModules = ['react', 'react-dom', '@fluentui/*', ...browserBans];

// Office.js lives in src/excel only. Elsewhere its globals are refused, also as types (`Excel.Range`).
const OFFICE_GLOBALS = '/^(Excel|Office|OfficeExtension)$/';
const officeValues = [
  { selector: `MemberExpression[object.name=${OFFICE_GLOBALS}]`, message: 'Office.js brukes bare i src/excel: kall funksjonene derfra.' },
];
const officeTypes = [
  { selector: `TSQualifiedName[left.name=${OFFICE_GLOBALS}]`, message: 'Office.js-typer brukes bare i src/excel: bruk de rene typene i src/excel/api.ts.' },
];
const focusedTests = { selector: "MemberExpression[object.name=/^(it|describe|test)$/][property.name='only']", message: 'Fokuserte tester hopper over resten av testene.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', '*.config.js', 'bin/**', 'test/browser/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...officeRules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: hostModules.map((group) => ({ group: [group], message: 'src/report er ren domenekode: ingen Office, DOM, Node eller server.' })) }],
    },
  },
  {
    // Browser code: served to users, so nothing of Node, the server or the CLI, and nothing GPL.
    files: ['src/ui/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.{ts,tsx}', 'src/demo/**/*.{ts,tsx}', 'src/overview/**/*.{ts,tsx}', 'src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: browserBans, message: 'Nettleserkode kan ikke bruke Node, serveren eller ExcelJS.' },
            { group: ['**/server/**', '**/workbook/**', '**/cli/**'], message: 'Oppgaveruten importerer ikke serveren, ExcelJS-koden eller kommandolinjen.' },
            { group: ['hyperformula'], message: 'HyperFormula er GPL-3.0: bare i tester.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/server/main.ts', 'bench/**/*.{ts,tsx}', 'scripts/**/*.ts', 'test/**/*.{ts,tsx}', 'tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    ignores: ['src/excel/**'],
    rules: {
      'no-restricted-syntax': ['error', ...officeValues, ...officeTypes],
      'no-restricted-globals': ['error', ...['Excel', 'Office', 'OfficeExtension'].map((name) => ({ name, message: 'Office.js brukes bare i src/excel.' }))],
    },
  },
  {
    // Inside src/excel the namespaces are types only: their enums do not exist outside Office (the simulated Excel, tests).
    files: ['src/excel/**/*.ts'],
    ignores: ['src/excel/office-host.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: officeValues[0].selector, message: 'Bruk strengformen (\'Continuous\'), ikke Excel.-verdier: de finnes bare i Office. Globalene brukes bare i office-host.ts.' }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', focusedTests, ...officeValues, ...officeTypes] },
  },
);
