import { html, nothing, type TemplateResult } from 'lit';
import { correction, generate, mode } from 'lean-qr';
import { epcQrPayload, formatIban, type EpcTransfer } from '@blaupause/domain/payment';
import type { Localize } from '../core/localize.js';

/**
 * The bank-transfer part of `bp-payment-step`, loaded when the method is first chosen: the
 * authority's account, the amount, the Kassenzeichen as the reference, the due date, and a
 * GiroCode (EPC QR code, EPC069-12) that a banking app scans to fill in the transfer. The payload
 * comes from `epcQrPayload` of `@blaupause/domain/payment`; lean-qr (MIT) draws it, in byte mode
 * as UTF-8 without an ECI segment and at error correction level M, as EPC069-12 asks. lean-qr is in
 * this part's chunk only, so a page loads it when someone chooses the transfer.
 */
export { translations } from './transfer.strings.js';

export interface TransferDetails {
  /** The authority's account name. */
  readonly name: string;
  /** The authority's IBAN (spaces allowed). */
  readonly iban: string;
  readonly bic: string;
  readonly amountCents: number;
  /** The amount formatted for the page's language. */
  readonly amount: string;
  /** The reference the transfer must carry (the Kassenzeichen). */
  readonly reference: string;
  /** `YYYY-MM-DD`, or `''`. */
  readonly dueDate: string;
}

/** The modules of a QR code as an SVG path (one run of dark modules per subpath), and its size. */
export interface QrDrawing {
  readonly payload: string;
  readonly size: number;
  readonly path: string;
}

const drawings = new Map<string, QrDrawing>();

/** The QR code of `payload` drawn as a path: byte mode (UTF-8, no ECI), error correction M. */
export function drawQr(payload: string): QrDrawing {
  const cached = drawings.get(payload);
  if (cached) return cached;
  const code = generate(mode.bytes([...new TextEncoder().encode(payload)]), {
    minCorrectionLevel: correction.M,
    maxCorrectionLevel: correction.M,
  });
  let path = '';
  for (let y = 0; y < code.size; y++) {
    let x = 0;
    while (x < code.size) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  const drawing = { payload, size: code.size, path };
  drawings.set(payload, drawing);
  return drawing;
}

/** The EPC payload of the transfer, or `null` (logged as a developer error) when the data cannot go into one. */
export function transferPayload(details: TransferDetails): string | null {
  const transfer: EpcTransfer = {
    name: details.name,
    iban: details.iban,
    ...(details.bic ? { bic: details.bic } : {}),
    amountCents: details.amountCents,
    ...(details.reference ? { remittance: details.reference } : {}),
  };
  try {
    return epcQrPayload(transfer);
  } catch (error) {
    console.error(`[Blaupause] <bp-payment-step>: no GiroCode: ${(error as Error).message}`);
    return null;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` date as the page's language writes it ("31. Dezember 2026"), or `null`. */
export function dueDateText(value: string, t: Localize): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCDate() !== Number(m[3])) return null;
  return t.date(date, { dateStyle: 'long', timeZone: 'UTC' });
}

/** The transfer details and the GiroCode under the chosen method. */
export function renderTransfer(t: Localize, d: TransferDetails): TemplateResult {
  const due = d.dueDate ? dueDateText(d.dueDate, t) : null;
  if (d.dueDate && !due)
    console.error(`[Blaupause] <bp-payment-step>: due-date must be YYYY-MM-DD, got "${d.dueDate}".`);
  const iban = formatIban(d.iban);
  const payload = transferPayload(d);
  const qr = payload ? drawQr(payload) : null;
  const row = (label: string, value: unknown) =>
    html`<div class="row">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<div part="detail" class="detail transfer">
    <p>${due ? t.term('payment.transfer.intro-due', { date: due }) : t.term('payment.transfer.intro')}</p>
    <dl class="data">
      ${row(t.term('payment.transfer.name'), d.name)}
      ${row(t.term('payment.transfer.iban'), html`<bdi dir="ltr" class="iban">${iban}</bdi>`)}
      ${d.bic ? row(t.term('payment.transfer.bic'), html`<bdi dir="ltr" class="iban">${d.bic}</bdi>`) : nothing}
      ${row(t.term('payment.transfer.amount'), html`<bdi dir="ltr">${d.amount}</bdi>`)}
      ${d.reference ? row(t.term('payment.transfer.reference'), html`<bdi dir="ltr" class="iban">${d.reference}</bdi>`) : nothing}
      ${due ? row(t.term('payment.transfer.due'), html`<time datetime=${d.dueDate.trim()}>${due}</time>`) : nothing}
    </dl>
    ${d.reference ? html`<p>${t.term('payment.transfer.reference-hint')}</p>` : nothing}
    ${
      qr
        ? html`<figure class="girocode">
            <svg
              part="qr"
              class="qr"
              role="img"
              aria-label=${t.term('payment.transfer.qr-label', {
                name: d.name,
                iban,
                amount: d.amount,
                reference: d.reference || '–',
              })}
              viewBox=${`-4 -4 ${qr.size + 8} ${qr.size + 8}`}
              data-modules=${qr.size}
              focusable="false"
            >
              <path d=${qr.path}></path>
            </svg>
            <figcaption>${t.term('payment.transfer.qr-caption')}</figcaption>
          </figure>`
        : nothing
    }
  </div>`;
}
