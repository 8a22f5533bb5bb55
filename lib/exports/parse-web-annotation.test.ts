import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LOOKUP_LENGTH } from './parse-web-annotation';
import { ANNO_CONTEXT, parseWebAnnotation } from './web-annotation';

const text = 'Intro 🧪 line.\nThe rate rose 5%. Later, the rate rose 5% again.\nA claim 👩‍🔬 here, and the end.';
const source = 'https://news.example/story';

function incoming(overrides: Record<string, unknown> = {}, selector: unknown = undefined): Record<string, unknown> {
  const exact = 'A claim 👩‍🔬 here';
  const start = [...text.slice(0, text.indexOf(exact))].length;
  return {
    '@context': ANNO_CONTEXT,
    type: 'Annotation',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Needs a source, <b>really</b>.', format: 'text/plain' },
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://stats.example/t1', label: 'Table 1' } },
    ],
    target: {
      type: 'SpecificResource',
      source,
      selector: selector ?? [
        { type: 'TextPositionSelector', start, end: start + [...exact].length },
        { type: 'TextQuoteSelector', exact, prefix: 'again.\n', suffix: ', and' },
      ],
    },
    ...overrides,
  };
}

function expectOk(result: ReturnType<typeof parseWebAnnotation>) {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.annotation;
}

function expectRefusal(result: ReturnType<typeof parseWebAnnotation>, pattern: RegExp) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(pattern);
}

describe('parseWebAnnotation', () => {
  const utf16Start = text.indexOf('A claim');
  const utf16End = utf16Start + 'A claim 👩‍🔬 here'.length;

  it('reads label, rationale, evidence and a code-point position into UTF-16 offsets', () => {
    const parsed = expectOk(parseWebAnnotation(incoming(), { text }));
    expect(parsed).toEqual({
      label: 'claim',
      start: utf16Start,
      end: utf16End,
      exact: 'A claim 👩‍🔬 here',
      rationale: 'Needs a source, <b>really</b>.',
      evidence: [{ url: 'https://stats.example/t1', title: 'Table 1' }],
      source,
      id: null,
      canonical: null,
      via: [],
    });
  });

  it("reads the annotation's id, canonical and via IRIs (Data Model §3.3.6), via without repeats", () => {
    const parsed = expectOk(
      parseWebAnnotation(
        incoming({ id: 'https://client.example/anno/1', canonical: 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df', via: ['https://a.example/1', 'https://b.example/2', 'https://a.example/1'] }),
        { text },
      ),
    );
    expect(parsed).toMatchObject({ id: 'https://client.example/anno/1', canonical: 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df', via: ['https://a.example/1', 'https://b.example/2'] });
    expect(expectOk(parseWebAnnotation(incoming({ via: 'https://a.example/1' }), { text })).via).toEqual(['https://a.example/1']);
  });

  it.each([
    ['two canonical IRIs', { canonical: ['urn:x:1', 'urn:x:2'] }, /at most one "canonical"/],
    ['a relative canonical', { canonical: 'anno/1' }, /"canonical" must be an absolute IRI/],
    ['a canonical with a space', { canonical: 'urn:x: 1' }, /"canonical" must be an absolute IRI/],
    ['a canonical that is not a string', { canonical: { id: 'urn:x:1' } }, /"canonical" must be an absolute IRI/],
    ['a via that is not an IRI', { via: ['https://ok.example/1', 'not an iri'] }, /"via" must be an absolute IRI .*, not "not an iri"/],
    ['too many via IRIs', { via: Array.from({ length: 21 }, (_, i) => `urn:x:${i}`) }, /At most 20 "via"/],
    ['an overlong canonical', { canonical: `urn:x:${'a'.repeat(2100)}` }, /"canonical" is too long/],
    ['two ids', { id: ['urn:x:1', 'urn:x:2'] }, /one "id"/],
  ])('refuses %s, saying what is wrong', (_what, overrides, message) => {
    expectRefusal(parseWebAnnotation(incoming(overrides), { text }), message);
  });

  it('accepts UTF-16 positions from clients that count code units, when the quote agrees', () => {
    const parsed = expectOk(parseWebAnnotation(incoming({}, [{ type: 'TextPositionSelector', start: utf16Start, end: utf16End }, { type: 'TextQuoteSelector', exact: 'A claim 👩‍🔬 here' }]), { text }));
    expect([parsed.start, parsed.end]).toEqual([utf16Start, utf16End]);
  });

  it('reads a position alone as code points', () => {
    const start = [...text.slice(0, utf16Start)].length;
    const parsed = expectOk(parseWebAnnotation(incoming({}, { type: 'TextPositionSelector', start, end: start + 7 }), { text }));
    expect(parsed.exact).toBe('A claim');
  });

  it('finds a quote alone, using prefix and suffix to choose between repeats', () => {
    const unique = expectOk(parseWebAnnotation(incoming({}, { type: 'TextQuoteSelector', exact: 'the end' }), { text }));
    expect(unique.start).toBe(text.indexOf('the end'));
    const second = expectOk(parseWebAnnotation(incoming({}, { type: 'TextQuoteSelector', exact: 'the rate rose 5%', prefix: 'Later, ', suffix: ' again' }), { text }));
    expect(second.start).toBe(text.lastIndexOf('the rate rose 5%'));
    expectRefusal(parseWebAnnotation(incoming({}, { type: 'TextQuoteSelector', exact: 'rate rose 5%' }), { text }), /occurs 2 times/);
    expectRefusal(parseWebAnnotation(incoming({}, { type: 'TextQuoteSelector', exact: 'not in the article' }), { text }), /does not occur/);
  });

  it('looks a long quote up on a repetitive text, and refuses one past the limit with what to send instead', () => {
    const line = 'The same line, again. ';
    const repetitive = `${line.repeat(20_000)}The one different line.`;
    const quote = `${line.repeat(400)}The one different`;
    const found = expectOk(parseWebAnnotation(incoming({}, { type: 'TextQuoteSelector', exact: quote }), { text: repetitive }));
    expect(found.start).toBe(repetitive.length - quote.length - ' line.'.length);
    expectRefusal(parseWebAnnotation(incoming({}, { type: 'TextQuoteSelector', exact: line.repeat(600) }), { text: repetitive }), /occurs more than 100 times/);
    const tooLong = line.repeat(Math.ceil(MAX_QUOTE_LOOKUP_LENGTH / line.length) + 1);
    expectRefusal(parseWebAnnotation(incoming({}, { type: 'TextQuoteSelector', exact: tooLong }), { text: repetitive }), /too long to look up .*send a TextPositionSelector/);
    // With a position that locates it, the same quote is accepted: no lookup is needed.
    const at = { type: 'TextPositionSelector', start: 0, end: tooLong.length };
    expect(expectOk(parseWebAnnotation(incoming({}, [at, { type: 'TextQuoteSelector', exact: tooLong }]), { text: repetitive })).end).toBe(tooLong.length);
  });

  it('falls back to the quote when the position is stale', () => {
    const parsed = expectOk(parseWebAnnotation(incoming({}, [{ type: 'TextPositionSelector', start: 0, end: 5 }, { type: 'TextQuoteSelector', exact: 'the end' }]), { text }));
    expect(parsed.exact).toBe('the end');
  });

  it('takes bodyValue, purpose-less text and several comments as the rationale, and IRIs as evidence', () => {
    const viaBodyValue = incoming({ body: undefined, bodyValue: 'just a note' });
    expectRefusal(parseWebAnnotation(viaBodyValue, { text }), /tagging body/);
    const parsed = expectOk(
      parseWebAnnotation(
        incoming({
          body: [
            { type: 'TextualBody', purpose: ['tagging'], value: ' Opinion ' },
            { type: 'TextualBody', value: 'First thought.' },
            { value: 'Second thought.', purpose: 'describing' },
            'https://archive.example/a',
            { id: 'https://archive.example/b', label: 'B' },
          ],
        }),
        { text },
      ),
    );
    expect(parsed.label).toBe('opinion');
    expect(parsed.rationale).toBe('First thought.\n\nSecond thought.');
    expect(parsed.evidence).toEqual([{ url: 'https://archive.example/a' }, { url: 'https://archive.example/b', title: 'B' }]);
  });

  const refusals: [string, Record<string, unknown>, RegExp][] = [
    ['a body that is not an annotation', { '@context': 'https://schema.org' }, /@context/],
    ['the wrong type', { type: 'Note' }, /type/],
    ['no label', { body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x' }] }, /tagging body/],
    ['a tag that is not a label', { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'climate' }] }, /not a label/],
    ['two labels', { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', purpose: 'tagging', value: 'opinion' }] }, /one label/],
    ['an HTML rationale', { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', purpose: 'commenting', value: '<p>x</p>', format: 'text/html' }] }, /plain text/],
    ['an unsupported purpose', { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', purpose: 'replying', value: 'x' }] }, /purpose "replying"/],
    ['javascript: evidence', { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' }] }, /http/],
    ['body and bodyValue together', { bodyValue: 'x' }, /not both/],
    ['no target', { target: undefined }, /target/],
    ['two targets', { target: [source, source] }, /one target/],
    ['a bare IRI target', { target: source }, /SpecificResource/],
    ['a target without selectors', { target: { type: 'SpecificResource', source } }, /TextQuoteSelector or a TextPositionSelector/],
    ['a target without a source', { target: { type: 'SpecificResource', selector: { type: 'TextQuoteSelector', exact: 'the end' } } }, /source/],
  ];
  it.each(refusals)('refuses %s', (_name, overrides, pattern) => {
    expectRefusal(parseWebAnnotation(incoming(overrides), { text }), pattern);
  });

  it('refuses bad positions', () => {
    expectRefusal(parseWebAnnotation(incoming({}, { type: 'TextPositionSelector', start: -1, end: 3 }), { text }), /non-negative integers/);
    expectRefusal(parseWebAnnotation(incoming({}, { type: 'TextPositionSelector', start: 4, end: 4 }), { text }), /before "end"/);
    expectRefusal(parseWebAnnotation(incoming({}, { type: 'TextPositionSelector', start: 1.5, end: 4 }), { text }), /non-negative integers/);
    expectRefusal(parseWebAnnotation(incoming({}, { type: 'TextPositionSelector', start: 10, end: 10_000 }), { text }), /outside the article/);
  });

  it('refuses a UTF-16 position that splits an emoji', () => {
    const emoji = text.indexOf('🧪');
    expectRefusal(parseWebAnnotation(incoming({}, [{ type: 'TextPositionSelector', start: emoji, end: emoji + 1 }, { type: 'TextQuoteSelector', exact: '\uD83E' }]), { text }), /middle of a character/);
  });

  it('refuses JSON that is not an object', () => {
    expectRefusal(parseWebAnnotation([incoming()], { text }), /JSON object/);
    expectRefusal(parseWebAnnotation('claim', { text }), /JSON object/);
  });
});
