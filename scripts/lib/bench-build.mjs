// How benchmark pages are built: as a portal's production bundle would be (minified ESM, the
// package sources through the `@blaupause/source` condition). Shared by scripts/bench.mjs and the
// benchmarks under bench/.
export const benchBuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['@blaupause/source', 'production'],
  tsconfig: 'tsconfig.base.json',
  legalComments: 'none',
};
