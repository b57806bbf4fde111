import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { drawnStrings } from '~/core/pdf/undrawable-text';
import { scriptNeeds } from '~/core/pdf/scripts/script-fonts';
import { createWizardTranslator } from '~/i18n/wizard-resources';
import { completeFamily } from '../../fixtures/answers/complete-family';
import { agreementInputs } from '../../helpers/agreement-inputs';
import { MADE_AT, PDF_OUTPUT } from '../../helpers/agreement-pdf';
import { openSansBytes } from '../../helpers/pdf-fonts';
import { pdfText } from '../../helpers/pdf-text';
import { complexScripts } from '../../helpers/script-fonts';

/** The complete family's agreement in Urdu, as the wizard's Urdu pages make it. */
async function urduAgreement() {
  const model = buildAgreementModel(completeFamily, agreementInputs({ t: createWizardTranslator('ur'), lang: 'ur' }));
  const scripts = await complexScripts(scriptNeeds(drawnStrings(model), model.lang).fonts);
  const bytes = await buildAgreementPdf(model, openSansBytes(), scripts, { now: MADE_AT });
  writeFileSync(join(PDF_OUTPUT, 'agreement-ur.pdf'), bytes);
  return pdfText(bytes);
}

describe('an Urdu agreement PDF reads right to left', () => {
  it('puts each bullet at the right edge, beside the start of its words', async () => {
    const pages = await urduAgreement();
    const bullets = pages.flatMap((page) =>
      page.runs.filter((run) => run.str.trim() === '\u2022').map((run) => ({ x: run.x, width: page.width })),
    );
    expect(bullets.length).toBeGreaterThan(2);
    for (const bullet of bullets) expect(bullet.x).toBeGreaterThan(bullet.width * 0.8);
  });
});
