import { describe, expect, it } from 'vitest';
import { bootstrapFleissKappa } from './fleiss-bootstrap';
import { fleissKappa } from './fleiss-kappa';
import { reliabilityDataFromCoders } from './krippendorff-alpha';
import type { ReliabilityData } from './types';

let state = 9;
const random = () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;

function randomStudy(units: number, coders: number, accuracy: number, missing = 0.05): ReliabilityData {
  const values = new Int32Array(units * coders);
  for (let u = 0; u < units; u++) {
    const truth = Math.floor(random() * 3);
    for (let c = 0; c < coders; c++) values[u * coders + c] = random() < missing ? -1 : random() < accuracy ? truth : Math.floor(random() * 3);
  }
  return { units, coders, categories: 3, values };
}

describe("bootstrapFleissKappa (percentile, units resampled)", () => {
  it('is reproducible and brackets kappa on random studies', () => {
    for (const [units, coders, accuracy] of [[30, 3, 0.8], [200, 5, 0.7], [80, 4, 0.9]] as const) {
      const data = randomStudy(units, coders, accuracy);
      const kappa = fleissKappa(data).value!;
      const first = bootstrapFleissKappa(data);
      expect(first).toEqual(bootstrapFleissKappa(data));
      expect(first.interval).toMatchObject({ level: 0.95, resamples: 1000, method: 'unit-bootstrap' });
      expect(first.interval!.low).toBeLessThan(kappa);
      expect(first.interval!.high).toBeGreaterThan(kappa);
    }
  });

  it('narrows with more units (about as 1/√N)', () => {
    const width = (data: ReliabilityData) => {
      const { interval } = bootstrapFleissKappa(data);
      return interval!.high - interval!.low;
    };
    const small = width(randomStudy(50, 4, 0.8, 0));
    const large = width(randomStudy(800, 4, 0.8, 0));
    expect(large).toBeLessThan(small / 2.5);
    expect(large).toBeGreaterThan(small / 6);
  });

  it('has no interval with fewer than two complete units or one coder', () => {
    expect(bootstrapFleissKappa(reliabilityDataFromCoders([[0, 1], [0, null]], 3)).interval).toBeNull();
    expect(bootstrapFleissKappa(reliabilityDataFromCoders([[0, 1, 2]], 3)).interval).toBeNull();
  });
});
