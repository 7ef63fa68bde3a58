// bp-id-upload (issue 6), measured against floor-upload.ts; budgets in id-upload.budgets.json.
// What counts is the JS loaded before the user picks a file: the checks, the image worker, the
// black-out tool, tus-js-client and the English texts load only when needed.
// Object.assign keeps this page type-correct whether or not the element's class is declared yet.
import '@blaupause/components/id-upload.js';
import { runBench } from './harness.js';

runBench((i) => Object.assign(document.createElement('bp-id-upload'), { label: `Nachweis ${i}`, name: `n${i}` }));
