/**
 * The embedded PLZ table as a compact payload: every German PLZ with its places, from
 * OpenStreetMap data (© OpenStreetMap contributors, ODbL 1.0). About 52 KB brotli; import it
 * lazily through `loadPlzTable()` (or `import('@blaupause/domain/address/plz-data')`), never
 * statically from a component. Built by `packages/domain/scripts/build-plz.mjs`.
 */
export { meta, payload } from '../../data/plz.js';
