import '@blaupause/components/textarea.js';
import { runBench } from './harness.js';

runBench((i) => {
  const el = document.createElement('bp-textarea');
  el.label = `Feld ${i}`;
  el.hint = 'Ein Hinweis';
  el.name = `f${i}`;
  el.maxLength = 500;
  return el;
});
