// The public face of lib/consensus: the contract's types, the one call the
// server makes per article (computeConsensus), the project figures (computeProjectAgreement),
// and the building blocks other pure code and the benchmarks may use on their own.
export * from './types';
export { computeConsensus, countedSpans, passageReliabilityData } from './compute-consensus';
export { countUnadjudicatedDisputes } from './unadjudicated-disputes';
export { countsByLabel, DEFAULT_OVERLAP_RATIO, groupPassages, resolveOverlapRatio, spansLinked, type GroupedPassage } from './group-passages';
export { defaultQuorum, majorityConsensus, resolveQuorum, type MajorityOutcome } from './majority-consensus';
export { dawidSkene, fitDawidSkene, type DawidSkeneFit, type DawidSkeneOptions, type Observation } from './dawid-skene';
export { DAWID_SKENE_MIN_PASSAGES, DAWID_SKENE_MIN_REVIEWERS, dawidSkeneSupport } from './dawid-skene-support';
export { bootstrapAlphaNominal, coincidenceMatrix, type AlphaBootstrap, type BootstrapOptions } from './alpha-bootstrap';
export { bootstrapFleissKappa } from './fleiss-bootstrap';
export { bootstrapUnitizingAlphas } from './u-alpha-bootstrap';
export { wilsonInterval } from './wilson-interval';
export { CALIBRATION_AGREEMENT_GAP, CALIBRATION_ALPHA_MARGIN, CALIBRATION_MIN_PASSAGES, calibrationCall, computeProjectAgreement, projectReliabilityData, type ProjectReliabilityData } from './project-agreement';
export { ALPHA_THRESHOLDS, BOOTSTRAP_RESAMPLES, INTERVAL_LEVEL } from './bootstrap-interval';
export { coverageSegments } from './coverage-segments';
export { charactersByFinalLabel, summariseReliability, type SummaryInput } from './reliability-summary';
export { matchVerdicts } from './match-verdicts';
export { krippendorffAlphaNominal, reliabilityData, reliabilityDataFromCoders, type AlphaResult } from './krippendorff-alpha';
export { fleissKappa, type FleissResult } from './fleiss-kappa';
export { cohenKappa, pairwiseAgreement, type CohenResult } from './cohen-kappa';
export { alphaU1995 } from './alpha-u-1995';
export { unitizingAlpha2016 } from './u-alpha-2016';
