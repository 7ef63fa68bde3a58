/**
 * German and English texts for every upload finding, keyed as the validation controller looks
 * them up (`validation.<finding name>`), after GOV.UK's file upload error messages (DOMAIN.md
 * §7B-2): "The selected file must be smaller than 2MB", "The selected file is empty" … Numbers
 * are formatted per language (see format.ts; English as GOV.UK writes it, en-GB: no serial comma). `{file}`, when given, names the file (in a list
 * of several) instead of "Die ausgewählte Datei".
 */
import type { AddressCatalogue, AddressMessageParams } from '../address/messages.js';
import { formatFileSize, formatKinds, formatMegapixels } from './format.js';

/** One language's upload messages (the same shape as the address catalogue). */
export type UploadCatalogue = AddressCatalogue;
type P = AddressMessageParams;

const subjectDe = (p: P) => (p.file ? `„${p.file}“` : 'Die ausgewählte Datei');
const subjectEn = (p: P) => (p.file ? `“${p.file}”` : 'The selected file');
const n = (p: P, key: string) => Number(p[key] ?? 0);

export const de: UploadCatalogue = {
  'validation.upload.required': 'Wählen Sie eine Datei aus.',
  'validation.upload.empty': (p) => `${subjectDe(p)} ist leer. Wählen Sie eine Datei mit Inhalt aus.`,
  'validation.upload.tooLarge': (p) => `${subjectDe(p)} muss kleiner als ${formatFileSize(n(p, 'max'), 'de')} sein.`,
  'validation.upload.type': (p) => `${subjectDe(p)} muss ein ${formatKinds(p.types ?? '', 'de')} sein.`,
  'validation.upload.damaged': (p) =>
    `${subjectDe(p)} ist beschädigt oder unvollständig. Wählen Sie die Datei erneut aus oder eine andere.`,
  'validation.upload.tooManyPixels': (p) =>
    `Das Bild ${p.file ? `„${p.file}“ ` : ''}hat ${formatMegapixels(n(p, 'pixels'), 'de')} Megapixel, erlaubt sind höchstens ${formatMegapixels(n(p, 'max'), 'de')}. Wählen Sie ein kleineres Bild aus.`,
  'validation.upload.passwordProtected': (p) =>
    `${subjectDe(p)} ist passwortgeschützt. Entfernen Sie den Passwortschutz und wählen Sie die Datei erneut aus.`,
  'validation.upload.activeContent': (p) =>
    `Die PDF-Datei ${p.file ? `„${p.file}“ ` : ''}enthält aktive Inhalte und kann nicht angenommen werden. Speichern Sie sie ohne aktive Inhalte neu, zum Beispiel mit „Drucken als PDF“.`,
  'validation.upload.uninspectable': (p) =>
    `Die PDF-Datei ${p.file ? `„${p.file}“ ` : ''}konnte nicht auf aktive Inhalte geprüft werden und kann nicht angenommen werden. Speichern Sie sie neu, zum Beispiel mit „Drucken als PDF“.`,
  'validation.upload.virus': (p) => `${subjectDe(p)} enthält einen Virus.`,
  'validation.upload.failed': (p) => `${subjectDe(p)} konnte nicht hochgeladen werden – bitte versuchen Sie es erneut.`,
  'validation.upload.tooManyFiles': (p) =>
    n(p, 'max') === 1
      ? 'Sie können nur eine Datei auswählen.'
      : `Sie können höchstens ${n(p, 'max')} Dateien auswählen.`,
};

export const en: UploadCatalogue = {
  'validation.upload.required': 'Select a file.',
  'validation.upload.empty': (p) => `${subjectEn(p)} is empty. Select a file with content.`,
  'validation.upload.tooLarge': (p) => `${subjectEn(p)} must be smaller than ${formatFileSize(n(p, 'max'), 'en-GB')}.`,
  'validation.upload.type': (p) => `${subjectEn(p)} must be a ${formatKinds(p.types ?? '', 'en-GB')}.`,
  'validation.upload.damaged': (p) =>
    `${subjectEn(p)} is damaged or incomplete. Select it again or choose another file.`,
  'validation.upload.tooManyPixels': (p) =>
    `The image ${p.file ? `“${p.file}” ` : ''}has ${formatMegapixels(n(p, 'pixels'), 'en-GB')} megapixels, the most allowed is ${formatMegapixels(n(p, 'max'), 'en-GB')}. Select a smaller image.`,
  'validation.upload.passwordProtected': (p) =>
    `${subjectEn(p)} is password protected. Remove the password and select the file again.`,
  'validation.upload.activeContent': (p) =>
    `The PDF ${p.file ? `“${p.file}” ` : ''}contains active content and cannot be accepted. Save it again without active content, for example with “Print to PDF”.`,
  'validation.upload.uninspectable': (p) =>
    `The PDF ${p.file ? `“${p.file}” ` : ''}could not be checked for active content and cannot be accepted. Save it again, for example with “Print to PDF”.`,
  'validation.upload.virus': (p) => `${subjectEn(p)} contains a virus.`,
  'validation.upload.failed': (p) => `${subjectEn(p)} could not be uploaded – try again.`,
  'validation.upload.tooManyFiles': (p) =>
    n(p, 'max') === 1
      ? 'You can only select 1 file.'
      : `You can only select up to ${n(p, 'max')} files at the same time.`,
};

/** The upload messages in every language Blaupause ships: register them with the component. */
export const uploadMessages: Readonly<Record<string, UploadCatalogue>> = { de, en };
