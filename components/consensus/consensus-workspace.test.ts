// Renders the whole consensus view on the server (as the page does) from a
// consensus computed by lib/consensus, and checks the contract the browser
// tests rely on: headings, named passages in dispute order, no NaN anywhere.
import { NextIntlClientProvider } from 'next-intl';
import { type ComponentProps, type PropsWithChildren, type ReactNode, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { computeConsensus } from '@/lib/consensus/index';
import type { Label, ReviewerSpan } from '@/lib/consensus/types';
import type { ConsensusView } from '@/lib/views/consensus-views';
import { signalAlpha, signalConsensus } from '@/lib/consensus/signal-agreement';
import { FORMATS } from '@/i18n/formats';
import en from '@/messages/en';
import fa from '@/messages/fa';
import type { ConsensusTab } from './consensus-tab';
import { ConsensusWorkspace } from './consensus-workspace';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const text = ['Jobs halved', 'Unemployment fell by half in two years.', 'Critics said the statistics office changed its method.'].join('\n');
const reviewers = [{ id: 'r1', name: 'Ana' }, { id: 'r2', name: 'Ben' }, { id: 'r3', name: 'Cy' }];

function span(id: string, reviewerId: string, label: Label, quote: string): ReviewerSpan {
  const start = text.indexOf(quote);
  return { id, reviewerId, label, start, end: start + quote.length };
}

function view(spans: ReviewerSpan[], submitted = reviewers): ConsensusView {
  const result = computeConsensus({ text, reviewerIds: submitted.map((reviewer) => reviewer.id), spans });
  return {
    article: { id: 'a1', title: 'Jobs halved', status: 'in_review', revision: 1, text, language: 'en', direction: 'ltr' },
    reviewers: submitted,
    pendingReviewers: [{ id: 'p1', name: 'Dee' }],
    metrics: result.metrics,
    passages: result.passages.map((passage) => ({ ...passage, verdict: null, annotations: [], claims: [] })),
    claimAppearances: [],
    coverage: result.coverage,
    reliability: result.reliability,
    weighting: result.weighting,
    summary: result.summary,
    quorum: result.quorum,
    ratingScale: [{ key: 'false', name: 'False', value: 0 }],
    unadjudicatedDisputes: result.passages.filter((passage) => passage.state === 'disputed').length,
    signals: {},
    publication: { publishedAt: null, publishedBy: null, history: [] },
    computedAt: '2026-01-01T00:00:00.000Z',
  };
}

const CATALOGUES = { en, fa } as const;
/** The provider with its children optional, so createElement can pass them as an argument. */
const IntlProvider = NextIntlClientProvider as (props: PropsWithChildren<Omit<ComponentProps<typeof NextIntlClientProvider>, 'children'>>) => ReactNode;

/** The view as the page renders it, in the interface language `locale`; on the figures tab unless told (most tests read the figures). */
const render = (data: ConsensusView, locale: keyof typeof CATALOGUES = 'en', tab: ConsensusTab = 'figures') =>
  renderToStaticMarkup(createElement(IntlProvider, { locale, messages: CATALOGUES[locale], formats: FORMATS, timeZone: 'UTC' }, createElement(ConsensusWorkspace, { view: data, tab })));

describe('ConsensusWorkspace', () => {
  it('shows a Signals section: each question with n answers, the distribution, consensus or "no majority", the median and alpha or why it is not defined', () => {
    const options = [{ value: 'not_at_all', label: 'Not at all' }, { value: 'partly', label: 'Partly' }, { value: 'fully', label: 'Fully' }];
    const signal = { key: 'headline_represents_body', scale: 'ordinal' as const, options };
    const answers = [['a1', 'r1', 'partly'], ['a1', 'r2', 'fully'], ['a2', 'r1', 'fully'], ['a2', 'r2', 'fully'], ['a3', 'r1', 'not_at_all'], ['a3', 'r2', 'partly']].map(([articleId, reviewerId, value]) => ({ articleId: articleId!, reviewerId: reviewerId!, value: value! }));
    const alpha = signalAlpha(signal, answers);
    const data = view([]);
    data.signals = {
      headline_represents_body: { question: 'Does the headline represent the body?', scale: 'ordinal', ...signalConsensus(signal, ['partly', 'fully']), alpha: { ...alpha, scope: 'project', articles: 3 }, interval: alpha.interval },
      clickbait_title: { question: 'Is the title clickbait?', scale: 'ordinal', ...signalConsensus({ ...signal, key: 'clickbait_title' }, []), alpha: { ...signalAlpha(signal, []), scope: 'project', articles: 0 }, interval: null },
    };
    const html = render(data);
    expect(html).toContain('<h2 id="signals-heading" class="text-xl font-semibold">Signals</h2>');
    expect(html).toContain('Does the headline represent the body?');
    expect(html).toContain('2 answers on this article');
    expect(html).toContain('no majority (tie)');
    expect(html).toContain('<dd><bdi>Partly</bdi></dd>'); // the lower median of partly, fully
    expect(html).toContain(alpha.value!.toFixed(3));
    expect(html).toContain('95% CI');
    expect(html).toContain('Not defined: no article has answers');
  });


  const spans = [
    span('s1', 'r1', 'claim', 'Unemployment fell by half'),
    span('s2', 'r2', 'claim', 'Unemployment fell by half'),
    span('s3', 'r3', 'claim', 'Unemployment fell by half'),
    span('s4', 'r1', 'claim', 'the statistics office changed its method'),
    span('s5', 'r2', 'opinion', 'the statistics office changed its method'),
    span('s6', 'r3', 'unsupported', 'the statistics office changed its method'),
  ];

  it('renders the worklist first, then the figures tab, then publication; names each passage by state, quote and verdict, disputed first', () => {
    const html = render(view(spans));
    const headings = [...html.matchAll(/<h([1-4])[^>]*>(.*?)<\/h\1>/g)].map((match) => `${match[1]} ${match[2]!.replace(/<[^>]+>/g, '')}`);
    // The passages' own headings (level 3, their quotes) aside.
    expect(headings.filter((heading) => !heading.includes('“'))).toEqual([
      '1 Jobs halved',
      '2 Passages',
      '2 Reliability summary',
      '2 Agreement',
      '3 Coefficients',
      "3 Pairwise agreement (Cohen&#x27;s kappa)",
      '3 Reviewer reliability (Dawid–Skene)',
      '2 Signals',
      '2 Heat map of the article',
      '2 Claims in this article',
      '2 Publication',
      '3 History',
    ]);
    expect(html).toMatch(/role="tab"[^>]*>Passages<[\s\S]*role="tab"[^>]*>Figures and heat map</);
    const names = [...html.matchAll(/<article[^>]*aria-label="([^"]+)"/g)].map((match) => match[1]);
    expect(names).toEqual(['Disputed: the statistics office changed its method — no verdict yet', 'Agreed: Unemployment fell by half — no verdict yet']);
    expect(html).toContain('3 reviewers submitted');
    expect(html).toContain('Dee');
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('on the passages tab, renders the worklist and leaves the figures and the heat map out until their tab is chosen', () => {
    const html = render(view(spans), 'en', 'passages');
    expect(html).toContain('Disputed: the statistics office changed its method — no verdict yet');
    expect(html).not.toContain('Reliability summary');
    expect(html).not.toContain('Coefficients');
    expect(html).not.toContain('Heat map of the article');
    // The figures tab is still there to choose, and says nothing until it is chosen.
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>Passages</);
    expect(html).toMatch(/role="tab"[^>]*aria-selected="false"[^>]*>Figures and heat map</);
    expect(html).not.toContain('Loading the figures');
    expect(html).toContain('Publication');
  });

  it('shows a 1–1–1 tie as "No majority", the interval beside alpha, and no reviewer reliabilities on so few passages', () => {
    const html = render(view(spans)).replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/\s+/g, ' ');
    expect(html).toContain('No majority no majority: Claim, Opinion, Unsupported have 1 vote each');
    expect(html).toMatch(/95% CI -?\d\.\d{3}–\d\.\d{3} \(Krippendorff’s bootstrap, 1,000 resamples\)/);
    expect(html).toMatch(/P\(α < 0\.667\)/);
    expect(html).toContain('Not estimated: reliability weighting needs at least 10 passages with two or more votes');
    expect(html).toContain('not computed: needs at least 10 passages with two or more votes');
    expect(html).toContain('Passages with no majority 1');
  });

  it('shows a passage with a verdict as adjudicated with the verdict’s label, its computed state kept', () => {
    const data = view(spans);
    const tied = data.passages.find((passage) => passage.label === null)!;
    const verdict = { id: 'v1', passageKey: tied.id, start: tied.start, end: tied.end, exact: tied.exact, label: 'unsupported' as const, rating: 'false', ratingName: 'False', ratingValue: 0, explanation: 'No source.', claimant: null, appearanceUrl: null, claimDate: null, acceptedConsensus: false, editor: { id: 'e1', name: 'Eve' }, version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    const html = render({ ...data, passages: data.passages.map((passage) => (passage === tied ? { ...passage, verdictId: 'v1', finalLabel: 'unsupported', displayState: 'adjudicated', verdict } : passage)) });
    const names = [...html.matchAll(/<article[^>]*aria-label="([^"]+)"/g)].map((match) => match[1]);
    expect(names[0]).toBe('Adjudicated: the statistics office changed its method — verdict Unsupported, rated False');
    expect(tied.state).toBe('disputed');
  });

  it("shows on a passage the claim it is an appearance of, the claim's verdict and a link to the claim page", () => {
    const base = view(spans);
    const [first, ...rest] = base.passages;
    const claim = { id: 'c-1', text: 'Unemployment halved', verdict: { rating: 'false', ratingName: 'False', ratingValue: 1, explanation: 'It fell by a tenth.', at: '2026-01-02T00:00:00.000Z' } };
    const appearance = { start: first!.start, end: first!.end, exact: first!.exact, revision: 1, claim };
    const html = render({ ...base, passages: [{ ...first!, claims: [claim] }, ...rest], claimAppearances: [appearance] });
    expect(html).toContain('Appearance of a claim');
    expect(html.match(/href="\/claims\/c-1"/g)).toHaveLength(2);
    expect(html).toMatch(/claim verdict: <span[^>]*>False<\/span>/);
    expect(html).toContain('It fell by a tenth.');
  });

  it('disables Publish with the reason while a dispute has no verdict', () => {
    const html = render(view(spans));
    const publish = html.match(/<button([^>]*)>Publish<\/button>/)?.[1] ?? '';
    expect(publish).toContain('disabled=""');
    const reasonId = publish.match(/aria-describedby="([^"]+)"/)?.[1];
    expect(html).toContain(`id="${reasonId}"`);
    expect(html).toContain('Publishing waits for 1 disputed passage without a verdict');
  });

  it('says "not defined" rather than inventing figures when nobody has submitted', () => {
    const html = render(view([], []));
    expect(html).toContain('not defined');
    expect(html).toContain('No passages yet');
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Persian in Persian: the headings, the states, the figures in Persian digits with their interval and uncertainty', () => {
    const html = render(view(spans), 'fa');
    expect(html).toContain('>قطعه‌ها</h2>');
    expect(html).toContain('>خلاصهٔ اعتبار</h2>');
    expect(html).toContain('مورد اختلاف');
    expect(html).toContain('بازهٔ اطمینان ۹۵٪');
    expect(html).toContain('۳ بازبین ارسال کرده‌اند');
    expect(html).toMatch(/<div dir="rtl" data-orientation="horizontal"/); // the tabs follow the interface's direction
    const text = html.replace(/<[^>]+>/g, ' ');
    // Digits an editor reads are Persian; Latin ones remain only in citations (years) and the data (the article).
    expect(text.replace(/\b(19|20)\d\d\b|Krippendorff[^)]*\)|Jobs halved|Unemployment fell by half|the statistics office changed its method|[a-z]-?\d/gi, '')).not.toMatch(/\d/);
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});

