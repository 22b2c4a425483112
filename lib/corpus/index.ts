/**
 * The issue-12 corpus: real published documents and the expected results on sentences and tables written in our
 * own words with their figures. Test-only: used by corpus.test.ts and scripts/corpus-report.ts.
 *
 * @example
 * PROSE_CASES.filter((c) => c.doc === 'census-2019').length // 3
 */
import { GSO_EARLIER_CASES } from './prose-cases-gso-earlier';
import { GSO_ANNUAL_CASES } from './prose-cases-gso-annual';
import { GSO_CASES } from './prose-cases-gso';
import { FORM_CASES } from './prose-cases-forms';
import { PLANTED_CASES } from './prose-cases-planted';
import { PLANTED_CASES_2 } from './prose-cases-planted-2';
import { POPULATION_CASES } from './prose-cases-population';
import { LABOUR_CASES } from './prose-cases-labour';
import { PROVINCE_CASES } from './prose-cases-provinces';
import { PROVINCE_CASES_2 } from './prose-cases-provinces-2';
import { PROVINCE_CASES_3 } from './prose-cases-provinces-3';
import { PROVINCE_CASES_4 } from './prose-cases-provinces-4';
import { PROVINCE_CASES_5 } from './prose-cases-provinces-5';
import { PROVINCE_CASES_6 } from './prose-cases-provinces-6';
import { PROVINCE_CASES_7 } from './prose-cases-provinces-7';
import { PROVINCE_CASES_8 } from './prose-cases-provinces-8';
import { PROVINCE_CASES_9 } from './prose-cases-provinces-9';
import { SERVICE_CASES } from './prose-cases-services';
import { OUTPUT_CASES } from './prose-cases-output';
import type { ProseCase } from './types';

export { DOCUMENTS, findDocument } from './documents';
export { TABLE_CASES } from './table-cases';
export { TRAP_CASES } from './trap-cases';
export * from './types';

export const PROSE_CASES: readonly ProseCase[] = [
  ...GSO_CASES,
  ...GSO_ANNUAL_CASES,
  ...GSO_EARLIER_CASES,
  ...POPULATION_CASES,
  ...LABOUR_CASES,
  ...PROVINCE_CASES,
  ...PROVINCE_CASES_2,
  ...PROVINCE_CASES_3,
  ...PROVINCE_CASES_4,
  ...PROVINCE_CASES_5,
  ...PROVINCE_CASES_6,
  ...PROVINCE_CASES_7,
  ...PROVINCE_CASES_8,
  ...PROVINCE_CASES_9,
  ...SERVICE_CASES,
  ...OUTPUT_CASES,
  ...PLANTED_CASES,
  ...PLANTED_CASES_2,
  ...FORM_CASES,
];
