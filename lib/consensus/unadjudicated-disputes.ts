// What publishing waits for: disputed passages without an editor's verdict.
import type { ConsensusResult } from './types';

export function countUnadjudicatedDisputes(result: Pick<ConsensusResult, 'passages'>): number {
  return result.passages.filter((passage) => passage.state === 'disputed' && passage.verdictId === null).length;
}
