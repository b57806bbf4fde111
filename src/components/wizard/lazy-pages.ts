/*
 * Pages that are not needed to answer the first question load on demand, and are fetched ahead when
 * the browser is idle so they still work offline. Keeps the wizard's first load small.
 */
export const loadCheckAnswers = () => import('./CheckAnswersPage').then((m) => m.CheckAnswersPage);
export const loadAllAnswers = () => import('./AllAnswersPage').then((m) => m.AllAnswersPage);
export const loadConfirmation = () => import('./ConfirmationPage').then((m) => m.ConfirmationPage);
export const loadAgreement = () => import('../agreement/AgreementPage').then((m) => m.AgreementPage);

export const LAZY_PAGES = [loadCheckAnswers, loadAllAnswers, loadConfirmation, loadAgreement];
