// Node cannot import TypeScript (Node 20 has no type stripping): bundle the domain's address
// entry with esbuild into a temporary folder and import that. Dynamic imports stay separate
// chunks, so loadPlzTable() and loadCountries() load lazily here as they do in a browser.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Compiles `packages/domain/src/address.ts`; returns the module and a cleanup function. */
export async function compileAddress() {
  const dir = mkdtempSync(join(tmpdir(), 'bp-domain-'));
  await build({
    entryPoints: { address: fileURLToPath(new URL('../src/address.ts', import.meta.url)) },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const module = await import(pathToFileURL(join(dir, 'address.js')).href);
  return { module, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
