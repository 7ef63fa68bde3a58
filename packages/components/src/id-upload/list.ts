import { html, nothing, type TemplateResult } from 'lit';
import type { UploadProgress } from '@blaupause/domain/upload';
import { announce } from '../core/announcer.js';
import { registerDefaultTranslations } from '../core/localize.js';
import { listTranslations } from './list.strings.js';
import { FileSelectedEvent, UploadCompleteEvent, UploadErrorEvent, UploadProgressEvent } from './events.js';
import { formatFileSize } from './format.js';
import type { RedactionDoneEvent } from './redact/events.js';
import type { Entry, ListHost, Refusal } from './types.js';

/**
 * The file list of `bp-id-upload`, loaded with the first file (or the first file set by script):
 * taking files in through the checks, preparing images in the worker, the transports with
 * progress and retries, removing and replacing, the black-out tool, and each file's row. A page
 * that only shows the control never loads it. It works through the element's `ListHost`.
 */

type Domain = typeof import('@blaupause/domain/upload');
let domain: Promise<Domain> | undefined;
/**
 * The checks (type by content, header, PDF scan) and their messages load with the first file: a
 * page that only shows the control never fetches them. A failed load (offline) is tried again on
 * the next file.
 */
const loadDomain = (): Promise<Domain> =>
  (domain ??= import('@blaupause/domain/upload').then(
    (m) => {
      registerDefaultTranslations(m.uploadMessages);
      return m;
    },
    (error: unknown) => {
      domain = undefined;
      throw error;
    },
  ));

const jpgName = (name: string) => `${name.replace(/\.[^.]+$/, '')}.jpg`;

let textsRegistered = false;

/** Registers the list's texts once (called by the element when it loads this module). */
export function registerListTexts(): void {
  if (textsRegistered) return;
  textsRegistered = true;
  registerDefaultTranslations(listTranslations);
}

export class FileActions {
  readonly controllers = new Map<number, AbortController>();
  readonly announcedStep = new Map<number, number>();

  constructor(readonly h: ListHost) {}

  get el(): ListHost['el'] {
    return this.h.el;
  }

  /**
   * Moves focus from inside the element `fromId` (about to be removed) to `toId`, rendered first
   * when it is new. Focus that falls to the page would count as leaving the control.
   */
  moveFocusFrom(fromId: string, toId: string): void {
    const root = this.el.shadowRoot;
    const from = root?.getElementById(fromId);
    if (!root || !from?.contains(root.activeElement)) return;
    const target = root.getElementById(toId);
    if (target) target.focus();
    else void this.el.updateComplete.then(() => root.getElementById(toId)?.focus());
  }

  /** Ends every upload and preparation under way (the element left the page). */
  abortAll(): void {
    for (const c of this.controllers.values()) c.abort();
    this.controllers.clear();
  }

  /**
   * Checks each file, adds the ones taken and starts their processing. A refused file is never
   * added and takes nothing away: a slot's earlier file stays until its replacement is ready.
   */
  async add(slot: string, files: readonly File[], replace?: number): Promise<void> {
    if (this.el.isDisabled || this.el.readonly || !files.length) return;
    const d = await loadDomain();
    const single = this.h.isId;
    const others = this.h.inSlot(slot).filter((e) => e.key !== replace);
    const refused: Refusal[] = [];
    const tooMany = d.checkFileCount(single || replace !== undefined ? 0 : others.length, files.length, {
      maxFiles: single || replace !== undefined ? 1 : this.el.maxFiles,
    });
    if (tooMany) return this.h.refuse(slot, [tooMany]);
    const rules = { accept: this.h.kinds, maxBytes: this.el.maxSize, maxPixels: this.el.maxPixels };
    let added = false;
    for (const file of files) {
      const check = await d.checkFile(file, rules);
      if (check.finding || !check.mime) {
        refused.push(check.finding ?? d.uploadFinding('upload.type', { file: check.displayName }));
        continue;
      }
      const entry: Entry = {
        key: this.h.nextKey(),
        slot,
        name: check.displayName,
        uploadName: check.uploadName,
        size: check.size,
        mime: check.mime,
        image: check.kind !== 'pdf',
        source: file,
        pages: check.pdf?.pageCount,
        status: 'processing',
        progress: 0,
        redactions: [],
        ...((replace ?? (single ? others[0]?.key : undefined)) !== undefined
          ? { replaces: replace ?? others[0]?.key }
          : {}),
      };
      this.h.entries = [...this.h.entries, entry];
      added = true;
      announce(this.el.localize.term('id-upload.announce.added', { file: entry.name }));
      this.el.dispatchEvent(new FileSelectedEvent(slot, entry.name, entry.mime, entry.size));
      void this.prepare(entry.key);
    }
    if (refused.length) this.h.refuse(slot, refused);
    else if (this.h.refusals[slot]?.length) {
      this.moveFocusFrom(`error-${slot}`, `pick-${slot}`);
      this.h.refusals = { ...this.h.refusals, [slot]: [] };
    }
    if (added) {
      this.h.syncFormValue();
      this.h.userInput();
    }
  }

  /** Images through the worker (re-encoded, metadata gone, black-out and mark burnt in); PDFs as they are. */
  async prepare(key: number): Promise<void> {
    const e = this.h.entry(key);
    if (!e?.source) return;
    if (!e.image) {
      this.ready(key, { output: new File([e.source], e.uploadName, { type: e.mime }) });
      return;
    }
    const controller = new AbortController();
    this.controllers.get(key)?.abort();
    this.controllers.set(key, controller);
    try {
      const { processImage } = await import('./process/process.js');
      const mark = (this.el.copyMark || e.mark) && this.h.isId ? this.el.localize.term('id-upload.mark') : undefined;
      const result = await processImage(e.source, {
        maxEdge: this.el.maxEdge,
        redactions: e.redactions,
        heic: this.el.heic,
        signal: controller.signal,
        ...(mark ? { mark } : {}),
      });
      if (controller.signal.aborted || !this.h.entry(key)) return;
      const current = this.h.entry(key)!;
      if (current.thumbnail) URL.revokeObjectURL(current.thumbnail);
      const name = result.passedThrough ? e.uploadName : jpgName(e.uploadName);
      const mime = result.passedThrough ? e.mime : 'image/jpeg';
      this.ready(key, {
        output: new File([result.blob], name, { type: mime }),
        uploadName: name,
        mime,
        ...(result.thumbnail ? { thumbnail: URL.createObjectURL(result.thumbnail) } : {}),
        ...(result.converted
          ? { note: 'converted' as const }
          : result.passedThrough
            ? { note: 'passed-through' as const }
            : {}),
      });
    } catch (error) {
      if (controller.signal.aborted || !this.h.entry(key)) return;
      const code = (error as { code?: unknown } | null)?.code;
      const name =
        code === 'too-many-pixels'
          ? 'upload.tooManyPixels'
          : code === 'heic-unsupported'
            ? 'upload.heic'
            : 'upload.damaged';
      this.drop(key);
      this.h.refuse(e.slot, [{ name, params: { file: e.name, max: this.el.maxPixels } }]);
    } finally {
      if (this.controllers.get(key) === controller) this.controllers.delete(key);
    }
  }

  /** Processing is through: the file replaces the one it was picked for, then goes to the transport. */
  ready(key: number, patch: Partial<Entry>): void {
    const e = this.h.entry(key);
    if (!e) return;
    if (e.replaces !== undefined) this.drop(e.replaces, `replace-${key}`);
    const queued = this.h.network && this.h.isId;
    const entry = this.h.patch(key, {
      ...patch,
      replaces: undefined,
      serverId: undefined,
      failed: false,
      status: this.h.network ? (queued ? 'queued' : 'uploading') : 'done',
      progress: 0,
    })!;
    if (!this.h.network) {
      announce(this.el.localize.term('id-upload.announce.ready', { file: entry.name }));
      this.h.userChanged();
      void this.completed(entry, '');
    } else if (!queued) {
      void this.send(key);
    }
  }

  /** Sends one file through the transport: progress, retries, then its id, or a failure with "Erneut versuchen". */
  async send(key: number): Promise<void> {
    const transport = this.el.transport;
    const e = this.h.entry(key);
    if (transport.kind === 'form' || !e?.output) return;
    const controller = new AbortController();
    this.controllers.get(key)?.abort();
    this.controllers.set(key, controller);
    this.announcedStep.set(key, 0);
    this.h.patch(key, { status: 'uploading', progress: 0, failed: false, retrying: false });
    try {
      const result = await transport.upload(
        { file: e.output, fileName: e.output.name, mime: e.mime, slot: e.slot },
        {
          signal: controller.signal,
          onProgress: (p) => this.progress(key, p),
          onRetry: () => this.h.patch(key, { retrying: true }),
        },
      );
      if (controller.signal.aborted || !this.h.entry(key)) return;
      this.h.patch(key, { status: 'done', progress: 1, serverId: result.id, retrying: false });
      this.h.remember();
      announce(this.el.localize.term('id-upload.announce.done', { file: e.name }));
      this.h.userChanged();
      void this.completed(e, result.id);
    } catch (error) {
      if (controller.signal.aborted || !this.h.entry(key)) return;
      this.h.patch(key, { status: 'failed', failed: true, retrying: false });
      const code = (error as { kind?: unknown } | null)?.kind;
      this.el.dispatchEvent(new UploadErrorEvent(e.slot, e.name, typeof code === 'string' ? code : 'network'));
      // The failure takes focus: it is read out, and "Erneut versuchen" is the next stop.
      await this.el.updateComplete;
      this.el.shadowRoot?.getElementById(`message-${key}`)?.focus();
    } finally {
      if (this.controllers.get(key) === controller) this.controllers.delete(key);
    }
  }

  /** `bp-upload-complete` with what was sent: type, size and SHA-256 (where the browser offers it). */
  async completed(e: Entry, id: string): Promise<void> {
    const file = e.output;
    let sha256 = '';
    if (file && typeof crypto !== 'undefined' && crypto.subtle) {
      const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
      sha256 = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    }
    this.el.dispatchEvent(
      new UploadCompleteEvent(e.slot, e.name, id, file?.type ?? e.mime, file?.size ?? e.size, sha256),
    );
  }

  progress(key: number, { loaded, total }: UploadProgress): void {
    const share = total > 0 ? Math.min(1, loaded / total) : 0;
    const e = this.h.patch(key, { progress: share });
    if (e) this.el.dispatchEvent(new UploadProgressEvent(e.slot, e.name, loaded, total));
    // Sparse: at 25 %, 50 % and 75 %; "done" says the rest.
    const step = Math.floor(share * 4);
    if (e && step > 0 && step < 4 && step > (this.announcedStep.get(key) ?? 0)) {
      this.announcedStep.set(key, step);
      announce(this.el.localize.term('id-upload.announce.progress', { file: e.name, percent: this.percent(step / 4) }));
    }
  }

  percent(share: number): string {
    return this.el.localize.number(share, { style: 'percent' });
  }

  /** Removes an entry without a word (replaced, refused after processing). */
  drop(key: number, focusTo?: string): void {
    const e = this.h.entry(key);
    if (!e) return;
    // Focus in the row that goes moves on first, so it never falls to the page.
    this.moveFocusFrom(`file-${key}`, focusTo ?? `pick-${e.slot}`);
    this.release(e);
    this.h.entries = this.h.entries.filter((x) => x.key !== key);
    if (this.h.redacting?.key === key) this.closeRedaction();
    this.h.syncFormValue();
  }

  release(e: Entry): void {
    this.controllers.get(e.key)?.abort();
    this.controllers.delete(e.key);
    if (e.thumbnail) URL.revokeObjectURL(e.thumbnail);
  }

  // ── user actions ──────────────────────────────────────────────────────────────────────────

  remove(key: number): void {
    const e = this.h.entry(key);
    if (!e || this.el.isDisabled) return;
    const index = this.h.entries.indexOf(e);
    // Focus goes to the next file's remove button, else the slot's "Datei auswählen", before the
    // row goes: focus never falls to the page (which would count as leaving the control).
    const next = this.h.entries.slice(index + 1).find((x) => x.slot === e.slot);
    this.el.shadowRoot?.getElementById(next ? `remove-${next.key}` : `pick-${e.slot}`)?.focus();
    this.drop(key);
    this.h.remember();
    this.h.userChanged();
    announce(this.el.localize.term('id-upload.announce.removed', { file: e.name }));
  }

  /** "Hochladen" (identity documents over the network): only with consent. */
  uploadAll(): void {
    if (!this.el.consent) {
      this.h.consentAsked = true;
      void this.el.updateComplete.then(() => this.el.shadowRoot?.getElementById('consent')?.focus());
      return;
    }
    for (const e of this.h.entries) if (e.status === 'queued' || e.status === 'failed') void this.send(e.key);
  }

  retry(key: number): void {
    const e = this.h.entry(key);
    if (!e) return;
    if (this.h.isId && !this.el.consent) return this.uploadAll();
    // The button and the message go with the failure: focus moves on to "Ersetzen" first.
    this.moveFocusFrom(`retry-${key}`, `replace-${key}`);
    this.moveFocusFrom(`message-${key}`, `replace-${key}`);
    void this.send(key);
  }

  async openRedaction(key: number): Promise<void> {
    const e = this.h.entry(key);
    // While the file is prepared the button stays (it keeps the focus) but does nothing.
    if (!e?.source || e.status === 'processing' || this.h.redacting?.key === key) return;
    const [{ orientedPreview }, d] = await Promise.all([
      import('./process/process.js'),
      loadDomain(),
      import('./redact/define.js'),
    ]);
    const preview = await orientedPreview(e.source, 1600);
    if (!this.h.entry(key)) return;
    this.closeRedaction();
    this.h.redacting = {
      key,
      src: URL.createObjectURL(preview.blob),
      width: preview.width,
      height: preview.height,
      // Where the CAN and the serial number sit on this side of the document, to black out with one step.
      suggestions: d.redactionSuggestions(this.el.document, e.slot, this.el.localize.lang),
    };
    // Focus goes into the tool (its first box, else "Schwärzung hinzufügen").
    await this.el.updateComplete;
    const editor = this.el.shadowRoot?.querySelector('bp-redaction-editor');
    if (!editor) return;
    // Set once, not bound: Lit sets an object binding on every render of this element, which
    // would undo the boxes the user is drawing.
    editor.rects = [...e.redactions];
    await editor.updateComplete;
    editor.focus();
  }

  closeRedaction(focusKey?: number): void {
    // Back to "Schwärzen" before the tool goes, so focus never falls to the page.
    if (focusKey !== undefined) this.el.shadowRoot?.getElementById(`redact-${focusKey}`)?.focus();
    if (this.h.redacting) URL.revokeObjectURL(this.h.redacting.src);
    this.h.redacting = null;
  }

  onRedactionDone(key: number, event: RedactionDoneEvent): void {
    this.closeRedaction(key);
    const e = this.h.entry(key);
    if (!e) return;
    this.controllers.get(key)?.abort();
    this.h.patch(key, { redactions: event.rects, mark: event.mark, status: 'processing', serverId: undefined });
    this.h.remember();
    void this.prepare(key);
  }

  renderFile(e: Entry): TemplateResult {
    const t = this.el.localize;
    const k = e.key;
    const busy = e.status === 'processing' || e.status === 'uploading';
    const message =
      e.status === 'failed'
        ? this.h.term({ name: 'upload.failed', params: { file: e.name } })
        : this.h.feedback(`file-${k}`).visibleError?.text;
    const status =
      e.status === 'uploading'
        ? e.retrying
          ? t.term('id-upload.status.retrying')
          : t.term('id-upload.status.uploading', { percent: this.percent(e.progress) })
        : e.status === 'done' && !this.h.network
          ? t.term('id-upload.status.ready')
          : t.term(`id-upload.status.${e.status}`);
    const note = e.note ?? (e.redactions.length && e.status !== 'processing' ? 'redacted' : undefined);
    const named = (action: string) => `${action}-${k} name-${k}`;
    const editable = !this.el.readonly;
    return html`<li part="file" class="file" id=${`file-${k}`}>
      ${
        e.thumbnail
          ? html`<img part="thumbnail" class="thumbnail" src=${e.thumbnail} alt="" />`
          : html`<span part="thumbnail" class="thumbnail kind" aria-hidden="true">${e.image ? '' : 'PDF'}</span>`
      }
      <div class="file-body">
        <span class="name" id=${`name-${k}`} dir="auto" translate="no">${e.name}</span>
        <span class="meta">
          ${formatFileSize(e.size, t.intlLocale)}${e.pages ? html` · ${t.term('id-upload.pages', { count: e.pages })}` : nothing}
          · <span class=${`status status-${e.status}`}>${status}</span>
        </span>
        ${
          e.status === 'uploading'
            ? html`<progress
                max="100"
                .value=${Math.round(e.progress * 100)}
                aria-labelledby=${`name-${k}`}
              ></progress>`
            : nothing
        }
        ${note ? html`<span class="note">${t.term(`id-upload.note.${note}`)}</span>` : nothing}
        ${
          message
            ? html`<p part="error" class="error" id=${`message-${k}`} tabindex="-1">
                <span class="visually-hidden">${t.term('field.error-prefix')}</span> ${message}
              </p>`
            : nothing
        }
        ${this.h.redacting?.key === k ? this.renderRedaction(e) : nothing}
      </div>
      ${
        editable
          ? html`<div class="actions">
              ${
                e.status === 'failed'
                  ? html`<button
                      part="button"
                      class="button primary"
                      type="button"
                      id=${`retry-${k}`}
                      aria-labelledby=${named('retry')}
                      @click=${() => this.retry(k)}
                    >
                      ${t.term('id-upload.retry')}
                    </button>`
                  : nothing
              }
              ${
                this.h.isId && e.image && e.source && e.status !== 'uploading'
                  ? html`<button
                      part="button"
                      class="button"
                      type="button"
                      id=${`redact-${k}`}
                      aria-labelledby=${named('redact')}
                      aria-disabled=${busy ? 'true' : 'false'}
                      @click=${() => void this.openRedaction(k)}
                    >
                      ${t.term('id-upload.redact')}
                    </button>`
                  : nothing
              }
              <button
                part="button"
                class="button"
                type="button"
                id=${`replace-${k}`}
                aria-labelledby=${named('replace')}
                @click=${() => this.h.pick(e.slot, false, k)}
              >
                ${t.term('id-upload.replace')}
              </button>
              <button
                part="button"
                class="button"
                type="button"
                id=${`remove-${k}`}
                aria-labelledby=${named('remove')}
                @click=${() => this.remove(k)}
              >
                ${t.term('id-upload.remove')}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  renderRedaction(e: Entry): TemplateResult {
    const r = this.h.redacting!;
    return html`<bp-redaction-editor
      .src=${r.src}
      .imageWidth=${r.width}
      .imageHeight=${r.height}
      .suggestions=${r.suggestions}
      .label=${this.el.localize.term(`id-upload.slot.${this.el.document}.${e.slot}`)}
      .mark=${this.el.copyMark || !!e.mark}
      .markFixed=${this.el.copyMark}
      @bp-redaction-done=${(ev: RedactionDoneEvent) => this.onRedactionDone(e.key, ev)}
      @bp-redaction-cancel=${() => this.closeRedaction(e.key)}
    ></bp-redaction-editor>`;
  }
}
