import { expect } from '@open-wc/testing';
import type { Catalogue, CatalogueSource, Translations } from './localize.js';
import { fieldTranslations } from './strings.js';
import { validationTranslations } from './validation.strings.js';
import { characterCountTranslations } from './character-count.strings.js';
import { addressInputTranslations } from '../address-input/strings.js';
import { buttonTranslations } from '../button/strings.js';
import { checkboxTranslations } from '../checkbox/strings.js';
import { comboboxTranslations } from '../combobox/strings.js';
import { errorSummaryTranslations } from '../error-summary/strings.js';
import { noticeTranslations } from '../notice/strings.js';
import { radioGroupTranslations } from '../radio-group/strings.js';
import { selectTranslations } from '../select/strings.js';
import { statusTrackerTranslations } from '../status-tracker/strings.js';
import { idUploadTranslations } from '../id-upload/strings.js';
import { listTranslations as idUploadListTranslations } from '../id-upload/list.strings.js';
import { redactionEditorTranslations } from '../id-upload/redact/strings.js';
import { paymentStepTranslations } from '../payment-step/strings.js';
import { translations as paymentSepaTranslations } from '../payment-step/sepa.strings.js';
import { translations as paymentTransferTranslations } from '../payment-step/transfer.strings.js';
import { translations as paymentFlowTranslations } from '../payment-step/flow.strings.js';

const catalogues: Record<string, Translations> = {
  field: fieldTranslations,
  validation: validationTranslations,
  'character-count': characterCountTranslations,
  'address-input': addressInputTranslations,
  button: buttonTranslations,
  checkbox: checkboxTranslations,
  combobox: comboboxTranslations,
  'error-summary': errorSummaryTranslations,
  notice: noticeTranslations,
  'radio-group': radioGroupTranslations,
  select: selectTranslations,
  'status-tracker': statusTrackerTranslations,
  'id-upload': idUploadTranslations,
  'id-upload list': idUploadListTranslations,
  'redaction-editor': redactionEditorTranslations,
  'payment-step': paymentStepTranslations,
  'payment-step/sepa': paymentSepaTranslations,
  'payment-step/transfer': paymentTransferTranslations,
  'payment-step/flow': paymentFlowTranslations,
};

const resolve = async (source: CatalogueSource | undefined): Promise<Catalogue> =>
  typeof source === 'function' ? source() : (source ?? {});

describe('message catalogues', () => {
  for (const [name, translations] of Object.entries(catalogues)) {
    it(`${name}: German is given at once, English loads, and both have the same keys`, async () => {
      expect(typeof translations.de, 'German is the default and never waits').to.equal('object');
      expect(typeof translations.en, 'English loads on first use').to.equal('function');
      const de = await resolve(translations.de);
      const en = await resolve(translations.en);
      expect(Object.keys(de).length).to.be.greaterThan(0);
      expect(Object.keys(en).sort()).to.deep.equal(Object.keys(de).sort());
    });
  }
});
