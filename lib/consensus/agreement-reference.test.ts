// Our coefficients against independent implementations on random matrices:
// nltk's AnnotationTask.alpha() and statsmodels' fleiss_kappa / cohens_kappa,
// whose values are stored in the fixture (its generatedBy says how to redo it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlphaNominal } from './krippendorff-alpha';

type ReferenceDataset = {
  name: string;
  units: number;
  coders: number;
  categories: number;
  values: number[];
  reference: { nltkAlpha: number; statsmodelsFleiss: number | null; statsmodelsCohen: number | null };
};

const fixture = JSON.parse(readFileSync(new URL('./fixtures/agreement-reference.json', import.meta.url), 'utf8')) as {
  generatedBy: string;
  datasets: ReferenceDataset[];
};

describe('agreement coefficients against nltk and statsmodels', () => {
  it('has datasets', () => expect(fixture.datasets.length).toBeGreaterThan(3));

  for (const dataset of fixture.datasets) {
    it(dataset.name, () => {
      const data = { units: dataset.units, coders: dataset.coders, categories: dataset.categories, values: Int32Array.from(dataset.values) };
      const { nltkAlpha, statsmodelsFleiss, statsmodelsCohen } = dataset.reference;
      expect(Math.abs(krippendorffAlphaNominal(data).value! - nltkAlpha)).toBeLessThan(1e-9);
      const fleiss = fleissKappa(data).value;
      if (statsmodelsFleiss === null) expect(fleiss).toBeNull();
      else expect(Math.abs(fleiss! - statsmodelsFleiss)).toBeLessThan(1e-9);
      const cohen = cohenKappa(data, 0, 1).value;
      if (statsmodelsCohen === null) expect(cohen).toBeNull();
      else expect(Math.abs(cohen! - statsmodelsCohen)).toBeLessThan(1e-9);
    });
  }
});
