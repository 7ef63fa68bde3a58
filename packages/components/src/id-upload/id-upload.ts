import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { validate, type ValidationFinding, type ValidityFlag } from '@blaupause/domain/validation';
import type { AcceptedKind, AnyUploadTransport } from '@blaupause/domain/upload';
import { formatFileSize, formatKinds, formFieldName, isFileId } from './format.js';
import { BpFormControl, type FormValue } from '../core/form-control.js';
import { renderFeedback } from '../core/feedback.js';
import { loadLanguage, type MessageParams } from '../core/localize.js';
import { hostStyles } from '../core/styles.js';
import { fieldStyles } from '../core/field.styles.js';
import { choiceStyles } from '../core/choice.styles.js';
import type { LocalizedFinding } from '../core/validation.js';
import { idUploadStyles } from './id-upload.styles.js';
import type { FileActions } from './list.js';
import type { Entry, ListHost, PartFinding, Redacting, Refusal } from './types.js';
import { idUploadTranslations } from './strings.js';

/** What is asked for: an identity document (its sides as slots) or 1…n evidence files. */
export type IdUploadDocument = 'personalausweis' | 'reisepass' | 'aufenthaltstitel' | 'nachweis';

/** The slots of each preset, in the order they are shown; each is submitted as `name[slot]`. */
const SLOTS: Readonly<Record<IdUploadDocument, readonly string[]>> = {
  personalausweis: ['vorderseite', 'rueckseite'],
  reisepass: ['datenseite'],
  aufenthaltstitel: ['vorderseite', 'rueckseite'],
  nachweis: ['nachweis'],
};

const ALL_KINDS: readonly AcceptedKind[] = ['jpeg', 'png', 'heic', 'heif', 'pdf'];
const KIND_TYPES: Readonly<Record<AcceptedKind, string>> = {
  jpeg: 'image/jpeg,.jpg,.jpeg',
  png: 'image/png,.png',
  heic: 'image/heic,.heic',
  heif: 'image/heif,.heif',
  pdf: 'application/pdf,.pdf',
};

/** `acceptedKinds` by `accept` attribute, worked out once (every render asks). */
const kindsByAccept = new Map<string, readonly AcceptedKind[]>();

/** The kinds an `accept` attribute names (MIME types, `image/*`, extensions); all when it names none. */
function acceptedKinds(accept: string): readonly AcceptedKind[] {
  let known = kindsByAccept.get(accept);
  if (!known) kindsByAccept.set(accept, (known = parseAccept(accept)));
  return known;
}

function parseAccept(accept: string): readonly AcceptedKind[] {
  const kinds = new Set<AcceptedKind>();
  for (const token of accept.toLowerCase().split(/[\s,]+/)) {
    const t = token === 'image/*' ? '*' : token.replace(/^\.|^image\/|^application\//, '');
    if (t === '*') for (const k of ALL_KINDS.slice(0, 4)) kinds.add(k);
    else if (/^(jpe?g|jpe|jfif|pjpeg)$/.test(t)) kinds.add('jpeg');
    else if (t === 'png') kinds.add('png');
    else if (/^(heic|heif|hif)$/.test(t)) kinds.add('heic').add('heif');
    else if (t === 'pdf') kinds.add('pdf');
  }
  return kinds.size ? ALL_KINDS.filter((k) => kinds.has(k)) : ALL_KINDS;
}

/** Where a file is on its way: checked and being processed, waiting, going out, through, or failed. */
export type IdUploadStatus = 'processing' | 'queued' | 'uploading' | 'done' | 'failed';

/** A file in the list, as `files` reports it (no contents). */
export interface IdUploadFile {
  /** The slot it belongs to, e.g. `vorderseite`. */
  readonly slot: string;
  /** The name as shown (sanitised; render it as text). */
  readonly name: string;
  readonly size: number;
  /** The type sent, by content. */
  readonly mime: string;
  readonly status: IdUploadStatus;
  /** The server's file id once uploaded (`http`, `tus`). */
  readonly id?: string;
  /** Pages of a PDF, when known. */
  readonly pages?: number | null;
}

/**
 * A file already on the server (uploaded earlier in the journey), as `value` takes it: its id is
 * submitted as `name[slot]`, and the list shows it as „Früher hochgeladen“ (WCAG 3.3.7).
 */
export interface IdUploadStoredFile {
  readonly slot: string;
  /** The server's file id (letters, digits, `. _ ~ : -`, at most 200). */
  readonly id: string;
  readonly name: string;
  readonly size?: number;
  readonly mime?: string;
}

/** What `sessionStorage` keeps of an upload (WCAG 3.3.7): the server's id and what the list shows. */
interface Remembered {
  readonly slot: string;
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly mime: string;
}

const FLAGS: Readonly<Record<string, ValidityFlag>> = {
  'upload.required': 'valueMissing',
  'upload.consent': 'valueMissing',
  'upload.failed': 'customError',
  'upload.pending': 'customError',
  'upload.queued': 'customError',
};

const finding = (name: string, part: string, params: MessageParams = {}): ValidationFinding & { part: string } => ({
  name,
  type: 'error',
  flag: FLAGS[name] ?? 'customError',
  params: { ...params },
  part,
});

/**
 * An upload for identity documents and evidence: Personalausweis (Vorder- und Rückseite), Reisepass
 * (Datenseite), Aufenthaltstitel, or 1…n Nachweise. Every file — picked with "Datei auswählen",
 * taken with "Foto aufnehmen", dropped or pasted — goes through the same checks of
 * `@blaupause/domain/upload` (type by content, size, pixel cap, PDF active content and encryption);
 * images are re-encoded in a worker (orientation applied, EXIF and GPS removed, scaled down) before
 * they count. For identity documents it shows the PAuswG § 20 notice, asks for consent before
 * anything leaves the device, and offers a black-out tool.
 *
 * The form receives `name[slot]` per file: the processed `File` (`form` transport, the default),
 * or the server's file id (`http`, `tus`).
 *
 * @tagname bp-id-upload
 * @summary Upload of identity documents and evidence with checks, black-out and consent.
 *
 * @csspart form-control - The `<fieldset>` around everything.
 * @csspart legend - The legend (the `label`).
 * @csspart hint - The hint under the legend.
 * @csspart notice - The notice on copies of identity documents (PAuswG § 20).
 * @csspart slot - One slot (e.g. the front of the card): its label, messages, drop zone and files.
 * @csspart drop-zone - The visible drop zone with the "Datei auswählen" and "Foto aufnehmen" buttons.
 * @csspart button - Each button.
 * @csspart files - The list of a slot's files.
 * @csspart file - One file in the list.
 * @csspart thumbnail - A file's thumbnail.
 * @csspart error - An error message.
 * @csspart consent - The consent checkbox.
 *
 * @fires input - When the user adds or removes a file, or ticks the consent (composed). Never on programmatic change.
 * @fires change - Likewise, once per action.
 * @fires bp-file-selected - A file passed the checks and joined the list: `slot`, `fileName`, `mime`, `size`.
 * @fires bp-upload-progress - Bytes of a file sent (`http`, `tus`): `slot`, `fileName`, `loaded`, `total`.
 * @fires bp-upload-complete - A file is uploaded (or ready for the form): `slot`, `fileName`, `id`, `mime`, `size`, `sha256`.
 * @fires bp-upload-error - An upload failed after its retries: `slot`, `fileName`, `code`.
 * @fires invalid - When a validity check finds an error.
 */
export class IdUpload extends BpFormControl<readonly IdUploadFile[]> {
  static override styles = [hostStyles, fieldStyles, choiceStyles, idUploadStyles];
  static override blocksImplicitSubmission = false;
  static override translations = [idUploadTranslations];

  /** What is asked for; sets the slots, their labels and whether the identity-document rules apply. */
  @property({ reflect: true }) document: IdUploadDocument = 'nachweis';

  /** The legend (default by `document`: "Personalausweis", "Reisepass", "Aufenthaltstitel", "Nachweise"). */
  @property() label = '';

  /** Help text under the legend (default: the accepted types and the size limit). */
  @property() hint = '';

  /** Accepted types as in HTML (`image/*,application/pdf`, `.pdf`); default JPG, PNG, HEIC and PDF. Checked by content. */
  @property() accept = '';

  /** Largest file in bytes (default 10 MB). */
  @property({ type: Number, attribute: 'max-size' }) maxSize = 10 * 1024 * 1024;

  /** Most files with `document="nachweis"` (default 10). Identity documents take one file per side. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles = 10;

  /** Most pixels of an image, read from its header before decoding (default 50 MP). */
  @property({ type: Number, attribute: 'max-pixels' }) maxPixels = 50_000_000;

  /** Longest edge of a re-encoded image in pixels (default 3000). */
  @property({ type: Number, attribute: 'max-edge' }) maxEdge = 3000;

  /** HEIC the browser cannot decode: `convert` (default: refused if it cannot be), `pass-through` or `refuse`. */
  @property() heic: 'convert' | 'pass-through' | 'refuse' = 'convert';

  /**
   * Draws a visible "KOPIE" mark on every image of an identity document (PAuswG § 20: a copy must
   * show it is one). Without it the user may switch the mark on in the black-out tool.
   */
  @property({ type: Boolean, attribute: 'copy-mark' }) copyMark = false;

  /** The holder's consent to sending a copy (identity documents). Ticked by the user; settable by script. */
  @property({ type: Boolean }) consent = false;

  /**
   * Where files go: `{ kind: 'form' }` (default: into the form's FormData), an `HttpUploadTransport`
   * from `@blaupause/domain/upload`, or a `TusUploadTransport` (this package). With `http` and `tus`
   * the server's file ids are submitted, and kept in `sessionStorage` to be offered again.
   */
  @property({ attribute: false }) transport: AnyUploadTransport = { kind: 'form' };

  @state() private entries: readonly Entry[] = [];
  /** Refusals per slot, shown at once (a refused file is never added). */
  @state() private refusals: Readonly<Record<string, readonly Refusal[]>> = {};
  /** The drop zone a file is dragged over. */
  @state() private dropTarget = '';
  /** The user pressed "Hochladen" without consent. */
  @state() private consentAsked = false;
  /** The black-out tool's image, while it is open. */
  @state() private redacting: Redacting | null = null;

  #next = 0;
  /** The file list's code (list.ts), loaded with the first file or the first stored one. */
  #actions: FileActions | undefined;
  #actionsLoading: Promise<FileActions> | undefined;
  /** The entry "Ersetzen" was pressed for. */
  #replace: number | undefined;
  #restoredFor = '';

  get #isId(): boolean {
    return this.document !== 'nachweis';
  }

  get #slots(): readonly string[] {
    return SLOTS[this.document] ?? SLOTS.nachweis;
  }

  get #network(): boolean {
    return this.transport.kind !== 'form';
  }

  get #kinds(): readonly AcceptedKind[] {
    return acceptedKinds(this.accept);
  }

  /** The files in the list, slot by slot (no contents). */
  get files(): readonly IdUploadFile[] {
    return this.entries.map((e) => ({
      slot: e.slot,
      name: e.name,
      size: e.size,
      mime: e.mime,
      status: e.status,
      ...(e.serverId ? { id: e.serverId } : {}),
      ...(e.pages !== undefined ? { pages: e.pages } : {}),
    }));
  }

  /**
   * The files in the list (as `files`). Set it to files the portal already has on its server,
   * e.g. from an earlier step or visit (WCAG 3.3.7); entries whose slot does not exist or whose
   * id is not a plain file id are left out. Setting it fires no event.
   */
  get value(): readonly IdUploadFile[] {
    return this.files;
  }

  set value(files: readonly (IdUploadStoredFile | IdUploadFile)[]) {
    for (const e of this.entries) this.#actions?.release(e);
    this.entries = this.#storedEntries(files);
    this.refusals = {};
    this.syncFormValue();
  }

  /** Entries for files already on the server, from a script or storage: anything malformed is left out. */
  #storedEntries(files: unknown): Entry[] {
    if (!Array.isArray(files)) return [];
    const slots = new Set(this.#slots);
    return (files as Partial<IdUploadStoredFile>[]).flatMap((f) =>
      f && typeof f.slot === 'string' && slots.has(f.slot) && isFileId(f.id) && typeof f.name === 'string'
        ? [
            this.#doneEntry(
              f.slot,
              f.name,
              typeof f.size === 'number' ? f.size : 0,
              typeof f.mime === 'string' ? f.mime : '',
              {
                serverId: f.id,
                note: 'restored',
              },
            ),
          ]
        : [],
    );
  }

  constructor() {
    super();
    // Paste from the clipboard anywhere in the control: into the slot that has focus, else the first with room.
    this.addEventListener('paste', (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (!files.length) return;
      event.preventDefault();
      const slot = this.#slotOf(event) ?? this.#slots.find((s) => !this.#inSlot(s).length) ?? this.#slots[0];
      this.#take(slot, files);
    });
    // "Datei auswählen" and "Foto aufnehmen" of every slot: one listener, not two per slot.
    this.addEventListener('click', (event) => {
      for (const node of event.composedPath()) {
        if (node === this) return;
        if (node instanceof HTMLButtonElement && node.dataset.pick) {
          const slot = this.#slotOf(event);
          if (slot) this.#pick(slot, node.dataset.pick === 'camera');
          return;
        }
      }
    });
    // Dragging over the control: one set of listeners for all slots, not four per drop zone.
    for (const type of ['dragenter', 'dragover', 'dragleave', 'drop'] as const) {
      this.addEventListener(type, (event: DragEvent) => this.#onDrag(event));
    }
  }

  // ── form association ──────────────────────────────────────────────────────────────────────

  /** @internal */
  validationValue(): readonly IdUploadFile[] {
    return this.files;
  }

  /** @internal */
  collectFindings(): ValidationFinding[] {
    const found: ValidationFinding[] = [];
    for (const slot of this.#slots) {
      if (this.required && !this.#inSlot(slot).length) found.push(finding('upload.required', slot));
    }
    for (const e of this.entries) {
      const name =
        e.status === 'failed'
          ? 'upload.failed'
          : e.status === 'queued'
            ? 'upload.queued'
            : e.status !== 'done'
              ? 'upload.pending'
              : '';
      if (name) found.push(finding(name, `file-${e.key}`, { file: e.name }));
    }
    if (this.#isId && this.entries.length && !this.consent) found.push(finding('upload.consent', 'consent'));
    // The author's own validators see the list as `files` gives it.
    found.push(...validate(this.files, this.validators));
    return found;
  }

  /** @internal */
  validationAnchor(): HTMLElement | null {
    const first = (this.validation.findings as readonly PartFinding[]).find((f) => f.type === 'error');
    const part = first?.part ?? this.#slots[0];
    const root = this.shadowRoot;
    if (!root) return null;
    if (part === 'consent') return root.getElementById('consent');
    if (part.startsWith('file-')) return root.getElementById(`remove-${part.slice(5)}`);
    return root.getElementById(`pick-${part}`);
  }

  /** @internal */
  validationLabel(): string {
    return this.label.trim() || this.localize.term(`id-upload.label.${this.document}`);
  }

  protected formValue(): FormValue {
    // Nothing of an identity document goes with the form before the holder consented; an empty
    // control submits nothing (null: no FormData made for each of many empty controls).
    if (!this.name || !this.entries.length || (this.#isId && !this.consent)) return null;
    const data = new FormData();
    // In the slots' order (front before back), however the files' preparation finished.
    for (const e of this.#slots.flatMap((slot) => this.#inSlot(slot))) {
      if (e.status !== 'done') continue;
      const key = formFieldName(this.name, e.slot);
      if (e.serverId) data.append(key, e.serverId);
      else if (e.output) data.append(key, e.output);
    }
    return data;
  }

  /** Saves the uploaded files' ids and names (never contents), so history navigation offers them again. */
  protected override formState(): FormValue {
    return this.#network ? JSON.stringify(this.#remembered()) : this.formValue();
  }

  protected builtInValidators() {
    return [];
  }

  protected resetValue(): void {
    for (const e of this.entries) this.#actions?.release(e);
    this.entries = [];
    this.refusals = {};
    this.consent = false;
    this.consentAsked = false;
    this.redacting = null;
    this.#remember();
  }

  protected restoreValue(state: string | File | FormData): void {
    if (typeof state === 'string') {
      this.#restoreRemembered(state);
    } else if (state instanceof FormData && this.name) {
      const restored: Entry[] = [];
      for (const slot of this.#slots) {
        for (const file of state.getAll(formFieldName(this.name, slot))) {
          if (file instanceof File)
            restored.push(this.#doneEntry(slot, file.name, file.size, file.type, { output: file }));
        }
      }
      if (restored.length) this.entries = restored;
    }
  }

  #doneEntry(slot: string, name: string, size: number, mime: string, extra: Partial<Entry>): Entry {
    return {
      key: ++this.#next,
      slot,
      name,
      uploadName: name,
      size,
      mime,
      image: mime.startsWith('image/'),
      status: 'done',
      progress: 1,
      redactions: [],
      ...extra,
    };
  }

  // ── files offered again (WCAG 3.3.7) ──────────────────────────────────────────────────────

  /** `sessionStorage` key: the page, the form (id, name or action) and the control's name. */
  get #storageKey(): string {
    const form = this.form;
    const formKey = form ? form.id || form.getAttribute('name') || form.getAttribute('action') || '' : '';
    return `bp-id-upload:${location.pathname}:${formKey}:${this.name}`;
  }

  #remembered(): Remembered[] {
    return this.entries
      .filter((e) => e.serverId)
      .map((e) => ({ slot: e.slot, id: e.serverId!, name: e.name, size: e.size, mime: e.mime }));
  }

  #remember(): void {
    if (!this.name) return;
    try {
      const list = this.#remembered();
      if (list.length) sessionStorage.setItem(this.#storageKey, JSON.stringify(list));
      else sessionStorage.removeItem(this.#storageKey);
    } catch {
      // storage unavailable (private mode, quota): nothing is offered again, nothing else changes
    }
  }

  #restoreRemembered(text: string | null): void {
    if (!text || this.entries.length) return;
    try {
      this.entries = this.#storedEntries(JSON.parse(text));
      this.syncFormValue();
    } catch {
      // not ours: ignored
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Files uploaded earlier in this session come back when the user returns to the page.
    const key = this.#network && this.name ? this.#storageKey : '';
    if (key && key !== this.#restoredFor) {
      this.#restoredFor = key;
      try {
        this.#restoreRemembered(sessionStorage.getItem(key));
      } catch {
        // storage unavailable
      }
    }
    // Files set by script or restored: their list needs its code.
    if (this.entries.length && !this.#actions) void this.#loadActions();
    super.willUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#actions?.abortAll();
    // Work cut off by leaving the page is not lost: an upload becomes "Erneut versuchen", a file
    // being prepared is prepared again when the element comes back (moved in the DOM, a framework
    // re-attaching it).
    if (this.entries.some((e) => e.status === 'uploading')) {
      this.entries = this.entries.map((e) => (e.status === 'uploading' ? { ...e, status: 'failed', failed: true } : e));
      this.syncFormValue();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const e of this.entries) if (e.status === 'processing') void this.#actions?.prepare(e.key);
  }

  /** The first "Datei auswählen" button. */
  override focus(options?: FocusOptions): void {
    const target = this.shadowRoot?.getElementById(`pick-${this.#slots[0]}`);
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Loads the file list's code once (a failed load, offline, is tried again on the next file). */
  #loadActions(): Promise<FileActions> {
    this.#actionsLoading ??= import('./list.js').then(
      async ({ FileActions, registerListTexts }) => {
        // The list's texts come with it; in a language other than German they load before the
        // first status or announcement is made.
        registerListTexts();
        await loadLanguage(this.localize.lang);
        this.#actions = new FileActions(this.#listHost());
        this.requestUpdate();
        return this.#actions;
      },
      (error: unknown) => {
        this.#actionsLoading = undefined;
        throw error;
      },
    );
    return this.#actionsLoading;
  }

  /**
   * Hands picked, dropped or pasted files to the list's checks. If its code or the checks cannot
   * be loaded (the connection dropped), the user is told so at the slot; nothing is taken.
   */
  #take(slot: string, files: readonly File[], replace?: number): void {
    if (!files.length) return;
    this.#loadActions()
      .then((a) => a.add(slot, files, replace))
      .catch(() => this.#refuse(slot, [{ name: 'upload.unavailable', params: {} }]));
  }

  /** `updateComplete` waits for the file list's code where there are files to show. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#actionsLoading || this.#actions) return done;
    await this.#actionsLoading.catch(() => undefined);
    return super.getUpdateComplete();
  }

  /** The handle list.ts works through: this element's state and private helpers, nothing more. */
  #listHost(): ListHost {
    // A class inside this class's body may use its private members.
    return new (class implements ListHost {
      constructor(readonly el: IdUpload) {}
      get entries() {
        return this.el.entries;
      }
      set entries(entries: readonly Entry[]) {
        this.el.entries = entries;
      }
      get refusals() {
        return this.el.refusals;
      }
      set refusals(refusals: Readonly<Record<string, readonly Refusal[]>>) {
        this.el.refusals = refusals;
      }
      get redacting() {
        return this.el.redacting;
      }
      set redacting(redacting: Redacting | null) {
        this.el.redacting = redacting;
      }
      get consentAsked() {
        return this.el.consentAsked;
      }
      set consentAsked(asked: boolean) {
        this.el.consentAsked = asked;
      }
      get isId() {
        return this.el.#isId;
      }
      get network() {
        return this.el.#network;
      }
      get kinds() {
        return this.el.#kinds;
      }
      nextKey() {
        return ++this.el.#next;
      }
      entry(key: number) {
        return this.el.#entry(key);
      }
      inSlot(slot: string) {
        return this.el.#inSlot(slot);
      }
      patch(key: number, patch: Partial<Entry>) {
        return this.el.#patch(key, patch);
      }
      refuse(slot: string, refusals: readonly Refusal[]) {
        this.el.#refuse(slot, refusals);
      }
      userInput() {
        this.el.#userInput();
      }
      userChanged() {
        this.el.#userChanged();
      }
      remember() {
        this.el.#remember();
      }
      feedback(part: string) {
        return this.el.#feedback(part);
      }
      term(r: Refusal) {
        return this.el.#term(r);
      }
      syncFormValue() {
        this.el.syncFormValue();
      }
      pick(slot: string, camera: boolean, replace?: number) {
        this.el.#pick(slot, camera, replace);
      }
    })(this);
  }

  // ── taking files in ───────────────────────────────────────────────────────────────────────

  #inSlot(slot: string): Entry[] {
    return this.entries.filter((e) => e.slot === slot);
  }

  #entry(key: number): Entry | undefined {
    return this.entries.find((e) => e.key === key);
  }

  #patch(key: number, patch: Partial<Entry>): Entry | undefined {
    let updated: Entry | undefined;
    this.entries = this.entries.map((e) => (e.key === key ? (updated = { ...e, ...patch }) : e));
    this.syncFormValue();
    return updated;
  }

  #slotOf(event: Event): string | undefined {
    for (const node of event.composedPath()) {
      if (node === this) break;
      if (node instanceof HTMLElement && node.dataset.slot) return node.dataset.slot;
    }
    return undefined;
  }

  /** The list changed by the user, the value not yet (a file is being prepared): `input` only. */
  #userInput(): void {
    this.handleUserInput();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /**
   * The value changed by the user's action: a file is ready for the form or uploaded, removed, the
   * consent ticked. `input`, then `change` once.
   */
  #userChanged(): void {
    this.handleUserInput();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #refuse(slot: string, refusals: readonly Refusal[]): void {
    this.refusals = { ...this.refusals, [slot]: refusals };
    // The messages take focus, so they are read out and the user is where the problem is.
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(`error-${slot}`)?.focus());
  }

  /**
   * Opens the system's file dialog (or the camera) through a native file input made for this one
   * pick: the page renders no file inputs until they are needed (200 controls, 400 fewer inputs).
   * It sits in the slot, hidden and out of the tab order, until the dialog closes.
   */
  #pick(slot: string, camera: boolean, replace?: number): void {
    if (this.isDisabled || this.readonly) return;
    this.#replace = replace;
    const kinds = this.#kinds.filter((k) => !camera || k !== 'pdf');
    const input = document.createElement('input');
    input.type = 'file';
    input.className = 'visually-hidden';
    input.tabIndex = -1;
    input.setAttribute('aria-hidden', 'true');
    input.accept = kinds.map((k) => KIND_TYPES[k]).join(',');
    input.multiple = !this.#isId && !camera && replace === undefined;
    if (camera) input.setAttribute('capture', 'environment');
    input.dataset.slot = slot;
    input.addEventListener('change', (event) => {
      this.#onInputChange(event);
      input.remove();
    });
    input.addEventListener('cancel', () => input.remove());
    // Into the slot's drop zone, after everything Lit renders there; a previous one still waiting goes.
    const zone = this.shadowRoot?.querySelector<HTMLElement>(`.drop[data-slot="${slot}"]`);
    if (!zone) return;
    zone.querySelector(':scope > input')?.remove();
    zone.append(input);
    input.click();
  }

  #onInputChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const slot = input.dataset.slot!;
    const files = [...(input.files ?? [])];
    const replace = this.#replace;
    this.#replace = undefined;
    // Emptied at once, so picking the same file again is a change too.
    input.value = '';
    this.#take(slot, files, replace);
  }

  #onDrag(event: DragEvent): void {
    // Always: a file dropped on the control, also beside a slot or while disabled, must not make
    // the browser open it.
    event.preventDefault();
    const slot = this.#slotOf(event);
    if (!slot) {
      this.dropTarget = '';
      if (event.dataTransfer && event.type === 'dragover') event.dataTransfer.dropEffect = 'none';
      return;
    }
    if (event.type === 'dragover') {
      if (event.dataTransfer) event.dataTransfer.dropEffect = this.isDisabled ? 'none' : 'copy';
      if (!this.isDisabled && this.dropTarget !== slot) this.dropTarget = slot;
    } else {
      this.dropTarget = '';
      if (event.type !== 'drop') return;
      // Read now: the browser empties the DataTransfer once the event is over.
      const files = [...(event.dataTransfer?.files ?? [])];
      this.#take(slot, files);
    }
  }

  #onConsent(event: Event): void {
    this.consent = (event.target as HTMLInputElement).checked;
    if (this.consent) this.consentAsked = false;
    this.syncFormValue();
    this.#userChanged();
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  /** Findings of one part the user should see (after a submit attempt), plus refusals of a slot. */
  #feedback(part: string): { visibleError: LocalizedFinding | undefined; visibleAdvice: readonly LocalizedFinding[] } {
    const shown = this.validation.shown || (part === 'consent' && this.consentAsked);
    const error = shown
      ? (this.validation.findings as readonly PartFinding[]).find((f) => f.part === part && f.type === 'error')
      : undefined;
    return { visibleError: error, visibleAdvice: [] };
  }

  #term(r: Refusal): string {
    return this.localize.term(`validation.${r.name}`, { label: this.validationLabel(), ...r.params });
  }

  protected override render() {
    const t = this.localize;
    const kinds = this.#kinds;
    const types = formatKinds(kinds, t.intlLocale);
    const size = formatFileSize(this.maxSize, t.intlLocale);
    const hint =
      this.hint ||
      (this.#isId
        ? t.term('id-upload.hint', { types, size })
        : t.term('id-upload.hint-files', { types, size, max: this.maxFiles }));
    const id = this.#isId;
    // "Hochladen" stays while there are files (focus on it never falls to the page); it does
    // something only while a file waits.
    const uploadButton = this.#network && id && this.entries.length > 0;
    const pending = this.entries.some((e) => e.status === 'queued' || e.status === 'failed');
    const consentFb = this.#feedback('consent');
    return html`<fieldset part="form-control" class="group" ?disabled=${this.isDisabled} aria-describedby="hint">
      <legend part="legend" class="label" id="legend">
        ${this.validationLabel()}${
          this.required ? html`<span class="marker"> ${t.term('field.required')}</span>` : nothing
        }
      </legend>
      <div part="hint" class="hint" id="hint">${hint}</div>
      ${
        id
          ? html`<div part="notice" class="notice" role="note" aria-labelledby="notice-title">
              <p class="notice-title" id="notice-title">${t.term('id-upload.notice-title')}</p>
              <p>
                ${t.term('id-upload.notice')}${
                  this.document === 'personalausweis' ? html` ${t.term('id-upload.notice-law')}` : nothing
                }
              </p>
            </div>`
          : nothing
      }
      ${this.#slots.map((slot) => this.#renderSlot(slot, kinds))}
      ${
        id
          ? html`<div
              part="consent"
              class=${consentFb.visibleError ? 'consent form-control has-error' : 'consent form-control'}
            >
              ${renderFeedback(consentFb, t, '-consent')}
              <div class="choice">
                <input
                  class="native"
                  type="checkbox"
                  id="consent"
                  .checked=${this.consent}
                  aria-invalid=${consentFb.visibleError ? 'true' : 'false'}
                  aria-describedby=${ifDefined(consentFb.visibleError ? 'error-consent' : undefined)}
                  @change=${this.#onConsent}
                />
                <span class="control" aria-hidden="true"></span>
                <label class="choice-label" for="consent">${t.term('id-upload.consent')}</label>
              </div>
            </div>`
          : nothing
      }
      ${
        uploadButton
          ? html`<button
              part="button"
              class="button primary"
              type="button"
              id="upload"
              aria-disabled=${pending ? 'false' : 'true'}
              @click=${() => {
                if (pending) this.#actions?.uploadAll();
              }}
            >
              ${t.term('id-upload.upload')}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  #renderSlot(slot: string, kinds: readonly AcceptedKind[]): TemplateResult {
    const t = this.localize;
    const label = this.#isId ? t.term(`id-upload.slot.${this.document}.${slot}`) : '';
    const refusals = this.refusals[slot] ?? [];
    const fb = this.#feedback(slot);
    const hasError = refusals.length > 0 || fb.visibleError !== undefined;
    const imageAccept = kinds.some((k) => k !== 'pdf');
    const entries = this.#inSlot(slot);
    // Identity documents name each side; the one slot of `nachweis` is named by the legend.
    const labelId = label ? `label-${slot}` : 'legend';
    const editable = !this.readonly;
    // The whole slot is the drop zone (a drop anywhere on it is taken): its label, messages, the
    // two buttons with "oder Datei hierher ziehen" after them, and its files.
    const zone = editable ? (this.dropTarget === slot ? ' drop over' : ' drop') : '';
    return html`<div
      part=${editable ? 'slot drop-zone' : 'slot'}
      class=${`slot form-control${zone}${hasError ? ' has-error' : ''}`}
      role=${ifDefined(label ? 'group' : undefined)}
      aria-labelledby=${ifDefined(label ? labelId : undefined)}
      data-slot=${slot}
    >
      ${label ? html`<p class="slot-label" id=${labelId}>${label}</p>` : nothing}
      ${
        refusals.length
          ? html`<div part="error" class="error" id=${`error-${slot}`} tabindex="-1">
              ${refusals.map(
                (r) =>
                  html`<p><span class="visually-hidden">${t.term('field.error-prefix')}</span> ${this.#term(r)}</p>`,
              )}
            </div>`
          : renderFeedback(fb, t, `-${slot}`)
      }
      ${
        editable
          ? html`<button
                part="button"
                class="button"
                type="button"
                data-pick="file"
                id=${`pick-${slot}`}
                aria-labelledby=${`pick-${slot} ${labelId}`}
                aria-describedby=${ifDefined(hasError ? `error-${slot}` : undefined)}
              >
                ${t.term('id-upload.pick')}
              </button>
              ${
                imageAccept
                  ? html`<button
                      part="button"
                      class="button"
                      type="button"
                      data-pick="camera"
                      id=${`camera-${slot}`}
                      aria-labelledby=${`camera-${slot} ${labelId}`}
                    >
                      ${t.term('id-upload.camera')}
                    </button>`
                  : nothing
              }
              ${t.term('id-upload.drop')}`
          : nothing
      }
      ${
        entries.length
          ? html`<ul part="files" class="files" aria-labelledby=${labelId}>
              ${entries.map((e) => this.#actions?.renderFile(e) ?? nothing)}
            </ul>`
          : nothing
      }
    </div>`;
  }
}
