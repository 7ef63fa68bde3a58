// The http transport in the browser against the local multipart endpoint (test/servers/upload.mjs):
// a cross-origin XMLHttpRequest with upload progress, cancel and retries.
import { expect } from '@open-wc/testing';
import {
  failNextUploads,
  hangNextUpload,
  multipartEndpoint,
  resetUploads,
  sha256Hex,
  storedUpload,
  throttleUploads,
  uploadRequests,
  waitForUploadRequests,
} from '../../../../test/testing/upload.js';
import { HttpUploadTransport } from './http.js';
import { UploadError, type UploadProgress } from './transport.js';

const fast = { retries: 3, initialMs: 20, jitter: 0 };

function fileOf(size: number, seed = 7): Blob {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * seed + (i >> 8)) & 0xff;
  return new Blob([bytes], { type: 'image/jpeg' });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the upload to reject');
}

describe('@blaupause/domain upload: http transport against a local multipart endpoint', () => {
  beforeEach(resetUploads);

  it('posts the file and the slot cross-origin and returns the server’s id; the bytes arrive intact', async () => {
    const endpoint = await multipartEndpoint();
    expect(new URL(endpoint).origin).to.not.equal(location.origin);
    const file = fileOf(300_000);
    const transport = new HttpUploadTransport({ endpoint, fields: { vorgang: 'A-17' } });
    const progress: UploadProgress[] = [];
    const result = await transport.upload(
      { file, fileName: 'vorderseite.jpg', mime: 'image/jpeg', slot: 'vorderseite' },
      { signal: new AbortController().signal, onProgress: (p) => progress.push(p) },
    );
    const stored = await storedUpload(result.id);
    expect(stored).to.deep.include({
      name: 'vorderseite.jpg',
      size: 300_000,
      slot: 'vorderseite',
      sha256: await sha256Hex(file),
    });
    expect(result.url).to.match(new RegExp(`/files/${result.id}$`));
    expect(progress.at(-1)).to.deep.equal({ loaded: progress.at(-1)!.total, total: progress.at(-1)!.total });
    const posts = (await uploadRequests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.status, r.fields])).to.deep.equal([[201, { vorgang: 'A-17', slot: 'vorderseite' }]]);
  });

  it('reports progress as the server reads a slow upload', async () => {
    // The loopback connection's buffers take the first several MB at once; the rest follows the server.
    await throttleUploads(8 * 1024 * 1024);
    const file = fileOf(24 * 1024 * 1024);
    const progress: UploadProgress[] = [];
    const transport = new HttpUploadTransport({ endpoint: await multipartEndpoint() });
    await transport.upload(
      { file, fileName: 'gross.jpg', mime: 'image/jpeg' },
      { signal: new AbortController().signal, onProgress: (p) => progress.push(p) },
    );
    const between = progress.filter((p) => p.loaded > 0 && p.loaded < p.total);
    expect(between.length, `progress events: ${JSON.stringify(progress)}`).to.be.at.least(2);
    const loaded = progress.map((p) => p.loaded);
    expect(loaded).to.deep.equal([...loaded].sort((a, b) => a - b));
  });

  it('cancels an upload in flight: the promise rejects with AbortError and the server sees the client go', async () => {
    await hangNextUpload();
    const controller = new AbortController();
    const transport = new HttpUploadTransport({ endpoint: await multipartEndpoint(), backoff: fast });
    const upload = transport.upload(
      { file: fileOf(200_000), fileName: 'a.jpg', mime: 'image/jpeg' },
      { signal: controller.signal },
    );
    await waitForUploadRequests(
      (log) => log.some((r) => r.method === 'POST' && r.received === 200_000 + (r.contentLength! - 200_000)),
      'the whole body at the server',
    );
    controller.abort();
    const error = await rejection(upload);
    expect(error).to.have.property('name', 'AbortError');
    const log = await waitForUploadRequests(
      (l) => l.some((r) => r.method === 'POST' && r.outcome === 'aborted'),
      'an aborted POST',
    );
    expect(log.filter((r) => r.method === 'POST')).to.have.length(1);
  });

  it('retries server errors with backoff, then succeeds with the same file', async () => {
    await failNextUploads({ count: 1, status: 503 });
    await failNextUploads({ count: 1, status: 502 });
    const file = fileOf(50_000, 3);
    const retries: [number, number, string][] = [];
    const transport = new HttpUploadTransport({ endpoint: await multipartEndpoint(), backoff: fast });
    const result = await transport.upload(
      { file, fileName: 'b.jpg', mime: 'image/jpeg' },
      {
        signal: new AbortController().signal,
        onRetry: (attempt, delay, error) => retries.push([attempt, delay, error.kind]),
      },
    );
    const posts = (await uploadRequests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.status)).to.deep.equal([503, 502, 201]);
    expect(retries).to.deep.equal([
      [2, 20, 'server'],
      [3, 40, 'server'],
    ]);
    expect((await storedUpload(result.id))?.sha256).to.equal(await sha256Hex(file));
  });

  it('reports a connection the server keeps cutting as a retryable network error', async () => {
    // Browsers send a POST whose connection closed without an answer once more on their own
    // (Firefox up to about ten times), so the server cuts more often than two attempts can use.
    await failNextUploads({ count: 30, status: 'network' });
    const retries: string[] = [];
    const transport = new HttpUploadTransport({
      endpoint: await multipartEndpoint(),
      backoff: { ...fast, retries: 1 },
    });
    const error = await rejection(
      transport.upload(
        { file: fileOf(5000), fileName: 'g.jpg', mime: 'image/jpeg' },
        { signal: new AbortController().signal, onRetry: (_, __, e) => retries.push(e.kind) },
      ),
    );
    expect(error).to.deep.include({ kind: 'network', status: 0, retryable: true });
    expect(retries).to.deep.equal(['network']);
    const cut = (await uploadRequests()).filter((r) => r.method === 'POST');
    expect(cut.length).to.be.at.least(2);
    expect(cut.every((r) => r.outcome === 'cut')).to.equal(true);
  });

  it('waits as long as Retry-After asks', async () => {
    await failNextUploads({ count: 1, status: 429, retryAfter: 1 });
    const delays: number[] = [];
    const transport = new HttpUploadTransport({ endpoint: await multipartEndpoint(), backoff: fast });
    const started = Date.now();
    await transport.upload(
      { file: fileOf(1000), fileName: 'c.jpg', mime: 'image/jpeg' },
      { signal: new AbortController().signal, onRetry: (_, delay) => delays.push(delay) },
    );
    expect(delays).to.deep.equal([1000]);
    expect(Date.now() - started).to.be.at.least(990);
  });

  it('gives up after the last retry with a retryable error; the file is untouched for a retry button', async () => {
    await failNextUploads({ count: 5, status: 500 });
    const file = fileOf(20_000);
    const before = await sha256Hex(file);
    const transport = new HttpUploadTransport({
      endpoint: await multipartEndpoint(),
      backoff: { ...fast, retries: 2 },
    });
    const error = await rejection(
      transport.upload({ file, fileName: 'd.jpg', mime: 'image/jpeg' }, { signal: new AbortController().signal }),
    );
    expect(error).to.be.instanceOf(UploadError);
    expect(error).to.deep.include({ kind: 'server', status: 500, retryable: true });
    expect((await uploadRequests()).filter((r) => r.method === 'POST')).to.have.length(3);
    expect(await sha256Hex(file)).to.equal(before);
    // The retry button: the same file again, once the server is back.
    await resetUploads();
    const again = await transport.upload(
      { file, fileName: 'd.jpg', mime: 'image/jpeg' },
      { signal: new AbortController().signal },
    );
    expect((await storedUpload(again.id))?.sha256).to.equal(before);
  });

  it('does not retry a refusal, and reports an answer without an id', async () => {
    await failNextUploads({ count: 1, status: 415 });
    const transport = new HttpUploadTransport({ endpoint: await multipartEndpoint(), backoff: fast });
    const refused = await rejection(
      transport.upload(
        { file: fileOf(10), fileName: 'e.jpg', mime: 'image/jpeg' },
        { signal: new AbortController().signal },
      ),
    );
    expect(refused).to.deep.include({ kind: 'rejected', status: 415 });
    expect((await uploadRequests()).filter((r) => r.method === 'POST')).to.have.length(1);
    const wrong = new HttpUploadTransport({ endpoint: await multipartEndpoint(), parseResponse: () => null });
    const odd = await rejection(
      wrong.upload(
        { file: fileOf(10), fileName: 'e.jpg', mime: 'image/jpeg' },
        { signal: new AbortController().signal },
      ),
    );
    expect(odd).to.deep.include({ kind: 'response', status: 201, retryable: false });
  });

  it('stops waiting between retries when cancelled', async () => {
    await failNextUploads({ count: 1, status: 503 });
    const controller = new AbortController();
    const transport = new HttpUploadTransport({
      endpoint: await multipartEndpoint(),
      backoff: { retries: 1, initialMs: 60_000, jitter: 0 },
    });
    const upload = transport.upload(
      { file: fileOf(10), fileName: 'f.jpg', mime: 'image/jpeg' },
      { signal: controller.signal, onRetry: () => controller.abort() },
    );
    expect(await rejection(upload)).to.have.property('name', 'AbortError');
  });
});
