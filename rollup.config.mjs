// One-file browser bundles (Lit included) for pages without a bundler, and their size figures.
//   dist/blaupause.min.js            every element
//   dist/components/<name>.min.js    one component each
// Input is the compiled ESM of @blaupause/components (run `npm run build`, which calls this).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const componentsDist = 'packages/components/dist';
const components = readdirSync(componentsDist, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${componentsDist}/${d.name}/define.js`))
  .map((d) => d.name);

export const sizeRows = [];

/** Prints min, gzip and brotli size of every chunk written. */
function sizes() {
  return {
    name: 'bp-sizes',
    generateBundle(_options, bundle) {
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const code = Buffer.from(chunk.code);
        sizeRows.push({
          entry: fileName,
          min: code.length,
          gzip: gzipSync(code, { level: 9 }).length,
          brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        });
      }
    },
    closeBundle() {
      if (!sizeRows.length || sizeRows.printed) return;
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
      const pending = sizeRows.length === components.length + 1;
      if (!pending) return;
      sizeRows.printed = true;
      console.log(`\n${'bundle'.padEnd(32)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
      for (const r of sizeRows) console.log(`${r.entry.padEnd(32)}${kb(r.min)}${kb(r.gzip)}${kb(r.brotli)}`);
    },
  };
}

const plugins = () => [
  nodeResolve({ exportConditions: ['production', 'browser'] }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
  sizes(),
];

export default [
  {
    input: `${componentsDist}/all.js`,
    output: { file: 'dist/blaupause.min.js', format: 'es' },
    plugins: plugins(),
  },
  ...components.map((name) => ({
    input: `${componentsDist}/${name}/define.js`,
    output: { file: `dist/components/${name}.min.js`, format: 'es' },
    plugins: plugins(),
  })),
];
