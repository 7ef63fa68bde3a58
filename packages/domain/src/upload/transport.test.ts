import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  backoffSchedule,
  formFieldName,
  isRetryableStatus,
  parseRetryAfter,
  parseServerFileId,
  uploadErrorFor,
} from './transport.js';
import { tusFileId, tusUploadOptions } from './tus.js';

describe('@blaupause/domain upload: transport rules', () => {
  it('backs off exponentially, capped, with jitter inside its share', () => {
    expect(backoffSchedule({ jitter: 0 })).to.deep.equal([1000, 2000, 4000]);
    expect(backoffSchedule({ retries: 6, initialMs: 500, maxMs: 5000, jitter: 0 })).to.deep.equal([
      500, 1000, 2000, 4000, 5000, 5000,
    ]);
    expect(backoffSchedule({ retries: 0 })).to.deep.equal([]);
    expect(() => backoffSchedule({ retries: -1 })).to.throw(RangeError);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), (r) => {
        const [first] = backoffSchedule({ retries: 1, random: () => r });
        expect(first).to.be.within(900, 1100);
      }),
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.UTC(2015, 9, 21, 7, 28, 0))).to.equal(10_000);
    expect(parseRetryAfter('99999')).to.equal(600_000);
    expect(parseRetryAfter('bald')).to.equal(null);
    expect(parseRetryAfter(null)).to.equal(null);
  });

  it('retries network errors, timeouts, rate limits and server errors, not refusals', () => {
    expect([0, 408, 425, 429, 500, 502, 503, 504].every(isRetryableStatus)).to.equal(true);
    expect([400, 401, 403, 404, 413, 415, 422].some(isRetryableStatus)).to.equal(false);
    expect(uploadErrorFor(503, '2')).to.deep.include({
      kind: 'server',
      status: 503,
      retryAfterMs: 2000,
      retryable: true,
    });
    expect(uploadErrorFor(413)).to.deep.include({ kind: 'rejected', retryable: false });
    expect(uploadErrorFor(0)).to.deep.include({ kind: 'network', retryable: true });
  });

  it('takes a file id only from a JSON {"id"} answer, and only a plain one', () => {
    expect(parseServerFileId('{"id":"a1b2-c3"}', 'application/json; charset=utf-8')).to.equal('a1b2-c3');
    expect(parseServerFileId('{"id":"x"}', 'application/problem+json')).to.equal('x');
    expect(parseServerFileId('{"id":"x"}', 'text/html')).to.equal(null);
    expect(parseServerFileId('{"id":42}', 'application/json')).to.equal(null);
    expect(parseServerFileId('{"id":"<img src=x onerror=1>"}', 'application/json')).to.equal(null);
    expect(parseServerFileId('{"id":"../etc"}', 'application/json')).to.equal(null);
    expect(parseServerFileId('{"id":', 'application/json')).to.equal(null);
    expect(parseServerFileId(`{"id":"${'a'.repeat(201)}"}`, 'application/json')).to.equal(null);
  });

  it('names form fields per slot', () => {
    expect(formFieldName('ausweis', 'vorderseite')).to.equal('ausweis[vorderseite]');
    expect(formFieldName('nachweis')).to.equal('nachweis');
  });

  it('gives tus-js-client resumable options that leave no URL behind and no name in the metadata', () => {
    const request = { file: new Blob(['x']), fileName: 'Ausweis Müller.jpg', mime: 'image/jpeg', slot: 'vorderseite' };
    const options = tusUploadOptions({ endpoint: 'https://example.org/tus', backoff: { jitter: 0 } }, request);
    expect(options).to.deep.equal({
      endpoint: 'https://example.org/tus',
      retryDelays: [0, 1000, 2000, 4000],
      metadata: { filetype: 'image/jpeg', slot: 'vorderseite' },
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
    });
    expect(tusUploadOptions({ endpoint: 'e', sendFileName: true }, request).metadata.filename).to.equal(
      'Ausweis Müller.jpg',
    );
  });

  it('reads the file id from a tus upload URL', () => {
    expect(tusFileId('http://127.0.0.1:4000/session/a/tus/24e533e0ff?x=1')).to.equal('24e533e0ff');
    expect(tusFileId('https://example.org/files/')).to.equal('files');
    expect(tusFileId('https://example.org/files/%3Cb%3E')).to.equal(null);
  });
});
