import '@blaupause/components/text-field.js';
import { runBench } from './harness.js';

runBench((i) => {
  const el = document.createElement('bp-text-field');
  el.label = `Feld ${i}`;
  el.hint = 'Ein Hinweis';
  el.name = `f${i}`;
  return el;
});
