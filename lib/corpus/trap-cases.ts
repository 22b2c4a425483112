import { NUMBER_FORM_TRAPS } from './trap-cases-numbers';
import { READING_TRAPS } from './trap-cases-reading';
import { RANGE_TRAPS } from './trap-cases-ranges';
import type { TrapCase } from './types';

/**
 * False-alarm traps: text that a naive reader turns into a claim or a finding. Each must yield no finding (error or
 * warning), no `mismatch`/`wrong_direction`, and no comparative claim over `span`. Our wording, the documents' figures.
 */
export const TRAP_CASES: readonly TrapCase[] = [...NUMBER_FORM_TRAPS, ...READING_TRAPS, ...RANGE_TRAPS];
