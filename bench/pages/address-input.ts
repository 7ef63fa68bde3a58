// bp-address-input (issue 5), measured against floor-address.ts; budgets in address-input.budgets.json.
// Object.assign keeps this page type-correct whether or not the element's class is declared yet.
import '@blaupause/components/address-input.js';
import { runBench } from './harness.js';

runBench((i) => Object.assign(document.createElement('bp-address-input'), { label: `Anschrift ${i}`, name: `a${i}` }));
