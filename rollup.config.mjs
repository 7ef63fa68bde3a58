// One-file browser bundles (Lit included) for pages without a bundler (scripts/build.mjs prints their sizes).
//   dist/blaupause.min.js            every element
//   dist/components/<name>.min.js    one component each
// Input is the compiled ESM of @blaupause/components (run `npm run build`, which calls this).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, existsSync } from 'node:fs';

const componentsDist = 'packages/components/dist';
const components = readdirSync(componentsDist, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${componentsDist}/${d.name}/define.js`))
  .map((d) => d.name);

const plugins = () => [
  nodeResolve({ exportConditions: ['production', 'browser'] }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
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
