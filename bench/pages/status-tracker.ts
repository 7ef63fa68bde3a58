// bp-status-tracker (issue 8): a typical case of five events per instance; budgets in
// status-tracker.budgets.json. Object.assign keeps this page type-correct whether or not the
// element's class is declared yet.
import '@blaupause/components/status-tracker.js';
import { runBench } from './harness.js';

const events = [
  { id: 'e1', code: 'submitted', time: '2026-11-20T08:15:00Z' },
  { id: 'e2', code: 'forwarded', time: '2026-11-20T08:16:30Z' },
  { id: 'e3', code: 'received', time: '2026-11-21T09:02:00Z' },
  { id: 'e4', code: 'in_progress', time: '2026-11-23T07:30:00Z' },
  { id: 'e5', code: 'query', time: '2026-11-23T13:03:00Z', data: { url: '/nachreichen' } },
];

runBench((i) => Object.assign(document.createElement('bp-status-tracker'), { caseId: `A-${i}`, events }));
