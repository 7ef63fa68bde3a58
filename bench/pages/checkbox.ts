import '@blaupause/components/checkbox.js';
import { runBench } from './harness.js';

runBench((i) => {
  const el = document.createElement('bp-checkbox');
  el.label = `Option ${i}`;
  el.hint = 'Ein Hinweis';
  el.name = `f${i}`;
  return el;
});
