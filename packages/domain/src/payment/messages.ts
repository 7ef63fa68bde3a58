/**
 * Proposed German and English texts for the payment findings the user can fix (the IBAN),
 * keyed as the validation controller looks them up (`validation.<finding name>`). GOV.UK style:
 * what is wrong, how to fix it, "Sie". Placeholders are the finding's params. Developer errors
 * (amounts, field limits, QR payloads) are English `Error` messages, not user texts.
 */

/** Values a message may interpolate. */
export type PaymentMessageParams = Readonly<Record<string, string | number>>;
/** A template with `{name}` placeholders, or a function for plurals. */
export type PaymentMessage = string | ((params: PaymentMessageParams) => string);
/** One language's payment messages. */
export type PaymentCatalogue = Readonly<Record<string, PaymentMessage>>;

const count = (params: PaymentMessageParams) => Number(params.count ?? 1);

export const de: PaymentCatalogue = {
  'validation.iban.required': 'Geben Sie Ihre IBAN an.',
  'validation.iban.characters': (p) =>
    count(p) === 1
      ? `Die IBAN enthält ein Zeichen, das in einer IBAN nicht vorkommt: ${p.chars}. Eine IBAN besteht nur aus Buchstaben und Ziffern. Leerzeichen dürfen Sie eingeben.`
      : `Die IBAN enthält Zeichen, die in einer IBAN nicht vorkommen: ${p.chars}. Eine IBAN besteht nur aus Buchstaben und Ziffern. Leerzeichen dürfen Sie eingeben.`,
  'validation.iban.start':
    'Eine IBAN beginnt mit zwei Buchstaben für das Land und zwei Ziffern, zum Beispiel DE89. Prüfen Sie den Anfang der IBAN.',
  'validation.iban.country':
    'Eine IBAN kann nicht mit {country} beginnen. Prüfen Sie die ersten beiden Buchstaben, zum Beispiel DE für ein Konto in Deutschland.',
  'validation.iban.notSepa':
    'Eine Lastschrift ist nur von einem Konto im SEPA-Raum möglich. Geben Sie die IBAN eines solchen Kontos an oder wählen Sie eine andere Zahlungsart.',
  'validation.iban.length':
    'Eine IBAN, die mit {country} beginnt, hat {expected} Zeichen. Sie haben {actual} Zeichen eingegeben. Prüfen Sie, ob ein Zeichen fehlt oder zu viel ist.',
  'validation.iban.checksum':
    'Die IBAN ist ungültig. Prüfen Sie sie auf Tippfehler, zum Beispiel vertauschte Ziffern. Sie finden Ihre IBAN auf Ihrer Bankkarte oder in Ihrem Online-Banking.',
};

export const en: PaymentCatalogue = {
  'validation.iban.required': 'Enter your IBAN.',
  'validation.iban.characters': (p) =>
    count(p) === 1
      ? `The IBAN contains a character that is not used in IBANs: ${p.chars}. An IBAN has only letters and numbers. You can enter spaces.`
      : `The IBAN contains characters that are not used in IBANs: ${p.chars}. An IBAN has only letters and numbers. You can enter spaces.`,
  'validation.iban.start':
    'An IBAN starts with two letters for the country and two numbers, like DE89. Check the start of the IBAN.',
  'validation.iban.country':
    'An IBAN cannot start with {country}. Check the first two letters, for example DE for an account in Germany.',
  'validation.iban.notSepa':
    'A direct debit is only possible from an account in the SEPA area. Enter the IBAN of such an account or choose another way to pay.',
  'validation.iban.length':
    'An IBAN starting with {country} has {expected} characters. You entered {actual}. Check if a character is missing or extra.',
  'validation.iban.checksum':
    'The IBAN is not valid. Check it for typing mistakes, for example numbers in the wrong order. Your IBAN is on your bank card or in your online banking.',
};

/** The payment messages in every language Blaupause ships: register them with the component. */
export const paymentMessages: Readonly<Record<string, PaymentCatalogue>> = { de, en };
