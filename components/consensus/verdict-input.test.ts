import { describe, expect, it } from 'vitest';
import { initialRating, isHttpUrl, toVerdictInput, validateVerdict, type VerdictFields } from './verdict-input';

const fields = (over: Partial<VerdictFields> = {}): VerdictFields => ({ label: 'claim', rating: 'false', explanation: 'Official data show the opposite.', claimant: '', appearanceUrl: '', claimDate: '', ...over });

describe('validateVerdict', () => {
  it('accepts a complete verdict', () => {
    expect(validateVerdict(fields(), 'verdict')).toEqual({});
  });
  it('needs a rating always and an explanation for an own verdict only', () => {
    expect(validateVerdict(fields({ rating: '', explanation: '  ' }), 'verdict')).toEqual({ rating: { code: 'chooseRating' }, explanation: { code: 'writeExplanation' } });
    expect(validateVerdict(fields({ explanation: '' }), 'accept')).toEqual({});
    expect(validateVerdict(fields({ rating: '' }), 'accept')).toHaveProperty('rating');
  });
  it('applies the server limits', () => {
    expect(validateVerdict(fields({ explanation: 'x'.repeat(5001) }), 'accept').explanation).toEqual({ code: 'explanationTooLong', max: 5000 });
    expect(validateVerdict(fields({ claimant: 'x'.repeat(301) }), 'verdict')).toHaveProperty('claimant');
    expect(validateVerdict(fields({ claimant: 'x'.repeat(300) }), 'verdict')).toEqual({});
    expect(validateVerdict(fields({ appearanceUrl: `https://example.com/${'x'.repeat(2048)}` }), 'verdict')).toHaveProperty('appearanceUrl');
  });
  it('takes only http and https addresses', () => {
    expect(validateVerdict(fields({ appearanceUrl: 'javascript:alert(1)' }), 'verdict')).toHaveProperty('appearanceUrl');
    expect(validateVerdict(fields({ appearanceUrl: 'example.com/post' }), 'verdict')).toHaveProperty('appearanceUrl');
    expect(validateVerdict(fields({ appearanceUrl: 'https://example.com/post' }), 'verdict')).toEqual({});
    expect(isHttpUrl('http://x.test')).toBe(true);
    expect(isHttpUrl('ftp://x.test')).toBe(false);
  });
});

describe('toVerdictInput', () => {
  it('sends the chosen label, trimmed text, and leaves blank optional fields out', () => {
    expect(toVerdictInput(fields({ label: 'opinion', explanation: ' Why. ' }), 'verdict', 'claim', undefined)).toEqual({ label: 'opinion', rating: 'false', explanation: 'Why.' });
  });
  it('accepting sends the consensus label and the flag', () => {
    expect(toVerdictInput(fields({ label: 'opinion', explanation: '' }), 'accept', 'unsupported', undefined)).toEqual({ label: 'unsupported', rating: 'false', explanation: '', acceptConsensus: true });
  });
  it('sends the version when editing, and the optional fields when given', () => {
    expect(toVerdictInput(fields({ claimant: ' The minister ', appearanceUrl: 'https://example.com/a ' }), 'verdict', 'claim', 4)).toEqual({
      label: 'claim',
      rating: 'false',
      explanation: 'Official data show the opposite.',
      claimant: 'The minister',
      appearanceUrl: 'https://example.com/a',
      version: 4,
    });
  });
});

describe('a passage without a majority (tied votes)', () => {
  it('starts with no label: an own verdict needs one chosen, and nothing can be sent without it', () => {
    expect(validateVerdict(fields({ label: null }), 'verdict')).toEqual({ label: { code: 'chooseLabel' } });
    expect(() => toVerdictInput(fields({ label: null }), 'verdict', null, undefined)).toThrow(RangeError);
    expect(toVerdictInput(fields({ label: 'opinion' }), 'verdict', null, undefined).label).toBe('opinion');
  });
  it('has no consensus to accept', () => {
    expect(() => toVerdictInput(fields(), 'accept', null, undefined)).toThrow(/no majority/);
  });
  it('pre-selects no rating', () => {
    expect(initialRating(undefined, null, [{ key: 'unsupported' }])).toBe('');
  });
});

describe('initialRating', () => {
  const scale = [{ key: 'true' }, { key: 'false' }, { key: 'unsupported' }];
  it('starts from the existing verdict', () => {
    expect(initialRating('true', 'unsupported', scale)).toBe('true');
  });
  it('pre-selects "unsupported" for an unsupported consensus only when the scale has it', () => {
    expect(initialRating(undefined, 'unsupported', scale)).toBe('unsupported');
    expect(initialRating(undefined, 'unsupported', [{ key: 'true' }])).toBe('');
    expect(initialRating(undefined, 'claim', scale)).toBe('');
  });
});

describe('the claim date', () => {
  it('is sent when given and refused when malformed', () => {
    expect(toVerdictInput(fields({ claimDate: '2026-11-19' }), 'verdict', 'claim', undefined).claimDate).toBe('2026-11-19');
    expect(toVerdictInput(fields(), 'verdict', 'claim', undefined)).not.toHaveProperty('claimDate');
    expect(validateVerdict(fields({ claimDate: '19/11/2026' }), 'verdict').claimDate).toEqual({ code: 'dateFormat' });
  });
});
