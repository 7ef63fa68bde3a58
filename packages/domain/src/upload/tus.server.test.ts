// tus in the browser with tus-js-client (the component loads it lazily) and this library's options,
// against a real tus server (@tus/server + @tus/file-store, test/servers/upload.mjs).
import { expect } from '@open-wc/testing';
import {
  cutNextTusPatchAfter,
  resetUploads,
  tusEndpoint,
  uploadRequests,
  type UploadServerRequest,
} from '../../../../test/testing/upload.js';
import { tusFileId, tusUploadOptions } from './tus.js';

const tusKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('tus::'));

function bytes(size: number): Blob {
  const b = new Uint8Array(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + 7) & 0xff;
  return new Blob([b], { type: 'image/jpeg' });
}

async function upload(file: Blob, onProgress?: () => void): Promise<{ url: string; keysDuring: string[] }> {
  const { Upload } = await import('tus-js-client');
  const options = tusUploadOptions(
    { endpoint: await tusEndpoint(), backoff: { initialMs: 50, jitter: 0 } },
    { file, fileName: 'ausweis.jpg', mime: 'image/jpeg', slot: 'vorderseite' },
  );
  let keysDuring: string[] = [];
  return new Promise((resolve, reject) => {
    const up = new Upload(file, {
      ...options,
      onProgress: () => {
        keysDuring = tusKeys();
        onProgress?.();
      },
      onError: reject,
      onSuccess: () => resolve({ url: up.url!, keysDuring }),
    });
    up.start();
  });
}

const patches = (log: UploadServerRequest[]) => log.filter((r) => r.method === 'PATCH');

describe('@blaupause/domain upload: tus with tus-js-client against a local tus server', () => {
  beforeEach(async () => {
    await resetUploads();
    for (const key of tusKeys()) localStorage.removeItem(key);
  });

  it('uploads in one PATCH, keeps the URL only while unfinished, and sends no file name', async () => {
    const file = bytes(200_000);
    const { url, keysDuring } = await upload(file);
    expect(tusFileId(url)).to.match(/^[0-9a-f]{32}$/);
    expect(keysDuring.length, 'the upload URL is kept while the upload runs').to.equal(1);
    expect(tusKeys(), 'no upload URL in localStorage after success').to.deep.equal([]);
    const log = await uploadRequests();
    expect(log.filter((r) => r.method !== 'OPTIONS').map((r) => `${r.method} ${r.status}`)).to.deep.equal([
      'POST 201',
      'PATCH 204',
    ]);
    expect(patches(log)[0]).to.deep.include({ uploadOffset: 0, contentLength: 200_000, stored: 200_000 });
  });

  it('resumes after a connection cut mid-upload without re-sending what arrived', async () => {
    const size = 3_000_000;
    await cutNextTusPatchAfter(1_000_000);
    const { url } = await upload(bytes(size));
    const log = await uploadRequests();
    const [first, ...after] = patches(log);
    expect(first).to.deep.include({ uploadOffset: 0, cut: true, outcome: 'cut' });
    const kept = first.stored;
    expect(kept).to.be.at.least(1_000_000).and.below(size);
    // Browsers may send a request whose connection broke once more on their own (Chromium does,
    // from offset 0): the server refuses it (409, offset mismatch) without storing a byte. Then the
    // client asks where to go on (HEAD) and sends exactly the rest, from where the server stood.
    const resumed = after.filter((r) => r.status === 204);
    expect(resumed).to.have.length(1);
    expect(resumed[0]).to.deep.include({ uploadOffset: kept, contentLength: size - kept, stored: size - kept });
    expect(after.filter((r) => r.status !== 204).every((r) => r.status === 409 && r.stored === 0)).to.equal(true);
    expect(log.findIndex((r) => r.method === 'HEAD' && r.status === 200)).to.be.below(log.indexOf(resumed[0]));
    expect(
      patches(log).reduce((sum, r) => sum + r.stored, 0),
      'bytes stored over all PATCHes',
    ).to.equal(size);
    expect(tusFileId(url)).to.equal(first.uploadId);
    expect(tusKeys()).to.deep.equal([]);
  });
});
