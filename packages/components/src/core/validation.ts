import type { ReactiveController } from 'lit';
import { validate, type ValidationFinding, type Validator } from '@blaupause/domain/validation';
import type { Localize } from './localize.js';

/** What the validation controller needs from its form control. */
export interface ValidationHost<V> {
  readonly internals: ElementInternals;
  readonly localize: Localize;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  /** The value the validators see. */
  validationValue(): V;
  /** Built-in validators (from `required`, `maxlength`, …) followed by the author's own. */
  activeValidators(): readonly Validator<V>[];
  /** The inner element the browser points at when it reports the error. */
  validationAnchor(): HTMLElement | null;
  /** The field's label, interpolated into messages as `{label}`. */
  validationLabel(): string;
  /**
   * A composite control's own run of its rules (instead of `validate(validationValue(),
   * activeValidators())`), so findings can carry extra fields such as the part they belong to.
   */
  collectFindings?(): ValidationFinding[];
}

/** A finding with its message in the host's language. */
export interface LocalizedFinding extends ValidationFinding {
  readonly text: string;
}

function setState(internals: ElementInternals, name: string, on: boolean): void {
  // CustomStateSet: Chromium 125+, Firefox 126+, Safari 17.4+.
  const states = internals.states as Set<string> | undefined;
  if (!states) return;
  if (on) states.add(name);
  else states.delete(name);
}

/**
 * Runs a control's validators, keeps `ElementInternals` validity in step, and decides when the
 * user sees feedback: after leaving a field they changed, or after a submit attempt — never on
 * the first keystroke. Only `error` findings reach `setValidity` and block submission.
 *
 * Custom states on the host: `:state(invalid)`, `:state(valid)`, `:state(user-invalid)`,
 * `:state(user-valid)`, `:state(warning)`.
 */
export class ValidationController<V> implements ReactiveController {
  #findings: LocalizedFinding[] = [];
  #custom = '';
  #external: readonly LocalizedFinding[] = [];
  #dirty = false;
  #shown = false;

  constructor(private readonly host: ValidationHost<V>) {
    host.addController(this);
  }

  /** Every current finding, errors first, with localized text. */
  get findings(): readonly LocalizedFinding[] {
    return this.#findings;
  }

  /** Findings the user should see now (none until they left the field or submitted). */
  get visible(): readonly LocalizedFinding[] {
    return this.#shown ? this.#findings : this.#external;
  }

  /** The first visible error, if any. */
  get visibleError(): LocalizedFinding | undefined {
    return this.visible.find((f) => f.type === 'error');
  }

  /** Visible warnings and infos. */
  get visibleAdvice(): readonly LocalizedFinding[] {
    return this.visible.filter((f) => f.type !== 'error');
  }

  /** Whether feedback is being shown. */
  get shown(): boolean {
    return this.#shown;
  }

  /** The message set by `setCustomValidity`, '' for none. */
  get customMessage(): string {
    return this.#custom;
  }

  setCustomValidity(message: string): void {
    this.#custom = message;
    this.host.requestUpdate();
  }

  /**
   * Findings decided elsewhere and shown at once: a composite control (`bp-address-input`) shows
   * the messages of one of its parts inside the `bp-combobox` that part is rendered with. They
   * count like the control's own (an external error makes it invalid).
   */
  setExternalFindings(findings: readonly LocalizedFinding[]): void {
    this.#external = findings;
    this.run();
    this.host.requestUpdate();
  }

  /** The user changed the value (input event). */
  markDirty(): void {
    this.#dirty = true;
  }

  /** The user left the field: show feedback if they had changed it. */
  markBlurred(): void {
    if (this.#dirty && !this.#shown) {
      this.#shown = true;
      this.host.requestUpdate();
    }
  }

  /** A submit attempt or `reportValidity()`: show feedback now. */
  markSubmitted(): void {
    if (!this.#shown) {
      this.#shown = true;
      this.host.requestUpdate();
    }
  }

  /** Back to pristine (form reset). */
  reset(): void {
    this.#dirty = false;
    this.#shown = false;
    this.host.requestUpdate();
  }

  /**
   * Validates now and updates `ElementInternals` at once, so `validity`, `checkValidity()` and a
   * submit right after a change see the new state (not the one of the last render).
   */
  run(): void {
    this.hostUpdate();
    this.hostUpdated();
  }

  hostUpdate(): void {
    const { localize } = this.host;
    const label = this.host.validationLabel();
    const found = this.host.collectFindings?.() ?? validate(this.host.validationValue(), this.host.activeValidators());
    if (this.#custom) {
      found.unshift({ name: 'custom', type: 'error', params: {}, flag: 'customError', message: this.#custom });
    }
    this.#findings = [
      ...found.map((f) => ({
        ...f,
        text: f.message ?? localize.term(`validation.${f.name}`, { label, ...f.params }),
      })),
      ...this.#external,
    ].sort((a, b) => Number(a.type !== 'error') - Number(b.type !== 'error'));
  }

  hostUpdated(): void {
    const { internals } = this.host;
    const errors = this.#findings.filter((f) => f.type === 'error');
    if (errors.length) {
      const flags: ValidityStateFlags = {};
      for (const e of errors) flags[e.flag] = true;
      const anchor = this.host.validationAnchor();
      internals.setValidity(flags, errors[0]?.text ?? '', anchor ?? undefined);
    } else {
      internals.setValidity({});
    }
    const invalid = errors.length > 0;
    setState(internals, 'invalid', invalid);
    setState(internals, 'valid', !invalid);
    setState(internals, 'user-invalid', invalid && this.#shown);
    setState(internals, 'user-valid', !invalid && this.#shown);
    setState(internals, 'warning', this.#shown && this.#findings.some((f) => f.type === 'warning'));
  }
}
