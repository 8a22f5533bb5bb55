import { LABELS } from '@/lib/vocabulary';
import { describe, expect, it } from 'vitest';
import type { AgreementMetrics, Figure } from '@/lib/consensus/types';
import { agreementRows, coefficientDomain, definedValues } from './agreement-rows';

const figure = (key: string, value: number | null, unit: Figure['unit'] = 'passage'): Figure => ({ key, name: key, value, reviewers: 3, units: 10, unit, ...(value === null ? { note: 'One reviewer only.' } : {}) });

const metrics: AgreementMetrics = {
  alphaNominal: figure('alpha_nominal', 0.71),
  fleissKappa: figure('fleiss_kappa', null),
  uAlpha: figure('u_alpha', 0.5, 'character'),
  cuAlpha: figure('cu_alpha', -0.2, 'character'),
  alphaUByLabel: { claim: figure('alpha_u_claim', 0.6, 'character'), opinion: figure('alpha_u_opinion', null, 'character'), unsupported: figure('alpha_u_unsupported', Number.NaN, 'character') },
  pairwise: { reviewers: [], cohenKappa: [], cohenKappaInterval: [], observedAgreement: [], sharedUnits: [] },
};

describe('agreementRows', () => {
  it('lists every figure once, in reading order, each with its source', () => {
    const rows = agreementRows(metrics);
    expect(rows.map((row) => row.figure.key)).toEqual(['alpha_nominal', 'fleiss_kappa', 'u_alpha', 'cu_alpha', 'alpha_u_claim', 'alpha_u_opinion', 'alpha_u_unsupported']);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(rows.map((row) => row.key)).toEqual(['alphaNominal', 'fleissKappa', 'uAlpha', 'cuAlpha', 'alphaU', 'alphaU', 'alphaU']);
    expect(rows.slice(4).map((row) => row.label)).toEqual([...LABELS]);
  });

  it('charts only the defined values and picks the axis from their sign', () => {
    const values = definedValues(agreementRows(metrics), (row) => `${row.symbol}${row.label ? ` ${row.label}` : ''}`);
    expect(values.map((item) => item.name)).toEqual(['α', 'u-α', 'cu-α', 'αu claim']);
    expect(coefficientDomain(values)).toEqual([-1, 1]);
    expect(coefficientDomain(values.filter((item) => item.value >= 0))).toEqual([0, 1]);
  });
});
