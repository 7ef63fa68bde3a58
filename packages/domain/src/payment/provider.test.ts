import { expect } from '@open-wc/testing';
import { MemoryStorage, PendingPaymentStore, createRequestId } from './provider.js';

describe('@blaupause/domain payment: requestId and pending payments', () => {
  beforeEach(() => sessionStorage.clear());

  it('creates requestIds that fit XBezahldienste (≤ 36 of [\\w-]) and differ', () => {
    const ids = new Set(Array.from({ length: 200 }, () => createRequestId()));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(/^[\w-]{1,36}$/);
  });

  it('makes the requestId once per payment and keeps it in sessionStorage across a new store (reload)', () => {
    const first = new PendingPaymentStore(sessionStorage);
    const id = first.requestIdFor('kz-6.0123.1');
    expect(first.requestIdFor('kz-6.0123.1')).to.equal(id);
    expect(first.requestIdFor('kz-other')).to.not.equal(id);
    const afterReload = new PendingPaymentStore(sessionStorage);
    expect(afterReload.requestIdFor('kz-6.0123.1')).to.equal(id);
    expect(afterReload.find(id)).to.deep.include({ key: 'kz-6.0123.1', requestId: id });
  });

  it('keeps the method and the transaction, and forgets a payment on clear', () => {
    const store = new PendingPaymentStore(sessionStorage, { prefix: 'test:' });
    const id = store.requestIdFor('a', () => 'req-1');
    expect(id).to.equal('req-1');
    store.update(id, { method: 'card' });
    store.update(id, { transaction: { transactionId: 'T1', redirectUrl: 'https://pay.example/T1' } });
    expect(new PendingPaymentStore(sessionStorage, { prefix: 'test:' }).get('a')).to.deep.include({
      method: 'card',
      transaction: { transactionId: 'T1', redirectUrl: 'https://pay.example/T1' },
    });
    expect(store.update('unknown', { method: 'x' })).to.equal(null);
    store.clear('a');
    expect(store.get('a')).to.equal(null);
    expect(store.find('req-1')).to.equal(null);
    expect(sessionStorage.getItem('test:id:req-1')).to.equal(null);
    expect(store.requestIdFor('a', () => 'req-2')).to.equal('req-2');
  });

  it('ignores what it cannot read, and works over memory on a server', () => {
    sessionStorage.setItem('bp-payment:broken', '{not json');
    const store = new PendingPaymentStore(sessionStorage);
    expect(store.get('broken')).to.equal(null);
    expect(store.requestIdFor('broken', () => 'fresh')).to.equal('fresh');
    const memory = new PendingPaymentStore(new MemoryStorage());
    const id = memory.requestIdFor('x');
    expect(memory.find(id)?.key).to.equal('x');
    expect(sessionStorage.getItem('bp-payment:x')).to.equal(null);
  });
});
