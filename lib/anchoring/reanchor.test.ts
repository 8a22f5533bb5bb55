import { describe, expect, it } from 'vitest';
import { reanchor, type ReanchorResult } from './reanchor';
import { describeSpan, type TextSelectors } from './selectors';

// A short article in the canonical form: blocks joined by "\n", headline first.
const ARTICLE = [
  'Russia and Iran deepen military ties',
  'Officials in Moscow said on Monday that Russia sent troops to Syria to protect its naval base at Tartus.',
  'The deployment was confirmed by satellite images published by a private analytics firm on Tuesday.',
  'Russia sent troops to Iran, according to a report in a Russian newspaper. Analysts in Tehran were sceptical of the claim, noting that no agreement had been signed.',
  'Iran has bought Su-35 fighter jets from Russia, according to a statement from the Iranian defence ministry.',
  'Western diplomats warned that the cooperation could destabilise the region further.',
].join('\n');

/** Selectors for the nth occurrence of `quote` in `text`, as the client would send them. */
function annotate(text: string, quote: string, nth = 0): TextSelectors {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" occurs fewer than ${nth + 1} times`);
  }
  return describeSpan(text, at, at + quote.length);
}

/** Offset of the nth occurrence of `needle`. */
function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`"${needle}" not found`);
  return at;
}

function spanText(text: string, result: ReanchorResult): string | null {
  return result.state === 'orphaned' ? null : text.slice(result.start, result.end);
}

describe('reanchor: the text did not change where the annotation is', () => {
  it('keeps every annotation of an unchanged text at its offsets', () => {
    for (const quote of ['Russia sent troops to Syria', 'Iran', 'Tehran', 'military ties', 'Western diplomats warned']) {
      const selectors = annotate(ARTICLE, quote);
      expect(reanchor(selectors, ARTICLE)).toEqual({ state: 'anchored', ...selectors.position });
    }
  });

  it('keeps an annotation before the first edit', () => {
    const selectors = annotate(ARTICLE, 'Russia sent troops to Syria');
    const revised = ARTICLE.replace('further.', 'further, and called for talks.');
    expect(reanchor(selectors, revised)).toEqual({ state: 'anchored', ...selectors.position });
  });

  it('keeps the old offsets when only one side of the context changed', () => {
    const selectors = annotate(ARTICLE, 'naval base at Tartus');
    const revised = ARTICLE.replace('Tartus.\nThe deployment was', 'Tartus.\nThat deployment has been');
    expect(reanchor(selectors, revised)).toEqual({ state: 'anchored', ...selectors.position });
  });

  it('does not keep the old offsets when the same words landed there in another sentence', () => {
    // A rewrite puts another "Iran" exactly at the old offset; the annotated one is now further on.
    const oldText = 'Moscow: troops go to Iran soon. Kyiv objected.';
    const selectors = annotate(oldText, 'Iran');
    const newText = 'Beirut: jets sent to Iran today. Later: Moscow: troops go to Iran soon. Kyiv objected.';
    expect(newText.slice(selectors.position.start, selectors.position.end)).toBe('Iran');
    const result = reanchor(selectors, newText);
    expect(result).toMatchObject({ state: 'reanchored', method: 'exact-context', start: offsetOf(newText, 'Iran', 1) });
  });
});

describe('reanchor: the annotated passage moved', () => {
  it('follows an insertion before the span', () => {
    const selectors = annotate(ARTICLE, 'Russia sent troops to Syria');
    const insertion = 'Updated at 14:00 with a statement from the Kremlin.\n';
    const revised = ARTICLE.replace('Officials in Moscow', insertion + 'Officials in Moscow');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'exact-unique', start: selectors.position.start + insertion.length });
    expect(spanText(revised, result)).toBe('Russia sent troops to Syria');
  });

  it('follows a deletion of some words elsewhere, and keeps what comes before it', () => {
    const revised = ARTICLE.replace('a private analytics firm', 'a firm');
    const before = annotate(ARTICLE, 'Russia sent troops to Syria');
    const after = annotate(ARTICLE, 'Analysts in Tehran were sceptical');
    expect(reanchor(before, revised)).toEqual({ state: 'anchored', ...before.position });
    const moved = reanchor(after, revised);
    expect(moved).toMatchObject({ state: 'reanchored', start: after.position.start - 'private analytics '.length });
    expect(spanText(revised, moved)).toBe('Analysts in Tehran were sceptical');
  });

  it('follows a moved paragraph, by its context for a short quote and by itself for a whole paragraph', () => {
    const blocks = ARTICLE.split('\n');
    const moved = [blocks[0], blocks[2], blocks[3], blocks[4], blocks[1], blocks[5]].join('\n');
    const phrase = annotate(ARTICLE, 'Tartus');
    const phraseResult = reanchor(phrase, moved);
    expect(phraseResult).toMatchObject({ state: 'reanchored', start: offsetOf(moved, 'Tartus') });

    // The whole paragraph: both neighbours changed, but 100 verbatim characters are not a coincidence.
    const paragraph = annotate(ARTICLE, blocks[1]!);
    const paragraphResult = reanchor(paragraph, moved);
    expect(paragraphResult).toMatchObject({ state: 'reanchored', method: 'exact-unique' });
    expect(spanText(moved, paragraphResult)).toBe(blocks[1]);
  });

  it('handles emoji and other scripts: offsets stay in UTF-16 code units', () => {
    const oldText = 'Тегеран 🇮🇷 ответил: Россия направила войска в Иран. 德黑兰否认了这一说法。';
    const selectors = annotate(oldText, 'Россия направила войска');
    const newText = '🔴 Срочно. ' + oldText;
    const result = reanchor(selectors, newText);
    expect(result).toMatchObject({ state: 'reanchored', start: selectors.position.start + '🔴 Срочно. '.length });
    expect(spanText(newText, result)).toBe('Россия направила войска');
  });
});

describe('reanchor: the annotated text itself was edited', () => {
  it('follows a paragraph edited inside when a note was inserted right above it (one context side intact)', () => {
    const quote = 'Officials in Moscow said on Monday that Russia sent troops to Syria';
    const selectors = annotate(ARTICLE, quote);
    const lines = ARTICLE.split('\n');
    const revised = [lines[0], "EDITOR'S NOTE: this article was updated on 22 November.", ...lines.slice(1)]
      .join('\n')
      .replace('said on Monday', 'said late on Monday');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy' });
    expect(spanText(revised, result)).toBe('Officials in Moscow said late on Monday that Russia sent troops to Syria');
  });

  it('follows an insertion inside the span; the new span includes the inserted words', () => {
    const quote = 'Officials in Moscow said on Monday that Russia sent troops to Syria';
    const selectors = annotate(ARTICLE, quote);
    const revised = ARTICLE.replace('Russia sent troops', 'Russia sent 5,000 troops');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy', start: selectors.position.start });
    expect(spanText(revised, result)).toBe('Officials in Moscow said on Monday that Russia sent 5,000 troops to Syria');
    if (result.state === 'reanchored') expect(result.end).toBe(selectors.position.end + '5,000 '.length);
  });

  it('includes words inserted before the quote’s last character: the quote continues after them', () => {
    const quote = 'Russia sent troops to Syria to protect its naval base at Tartus.';
    const selectors = annotate(ARTICLE, quote);
    const revised = ARTICLE.replace('Tartus.', 'Tartus, Syria.');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy' });
    expect(spanText(revised, result)).toBe('Russia sent troops to Syria to protect its naval base at Tartus, Syria.');
  });

  it('takes words added at an edge of an edited quote into the span when the old neighbour resumes right after them', () => {
    // The old text had a typo, so the quote no longer occurs verbatim; the revision also adds words after it.
    const oldText = ARTICLE.replace('sent troops to Syria', 'sent trops to Syria');
    const selectors = annotate(oldText, 'Russia sent trops to Syria');
    const revised = ARTICLE.replace('to Syria to protect', 'to Syria and Libya to protect');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy' });
    expect(spanText(revised, result)).toBe('Russia sent troops to Syria and Libya');
    // A verbatim quote is re-anchored to exactly that text, whatever was added around it.
    expect(reanchor(annotate(ARTICLE, 'Russia sent troops to Syria'), revised)).toMatchObject({ state: 'anchored' });
  });

  it('ends the span where the old suffix resumes after a sentence deleted at the end of a long quote', () => {
    // In repetitive text, running on into the next sentence costs the quote no more than stopping:
    // the suffix, verbatim right after "Moscow", decides.
    const oldText =
      'Analysts in Vienna warned Western governments despite earlier denials. The defence ministry warned Israel citing security concerns. ' +
      'Tehran warned the Gulf states after months of negotiation. Iran warned its neighbours citing security concerns.\n' +
      'Moscow expanded cooperation with Western governments last week. Moscow sent troops to its neighbours citing security concerns.';
    const quote = oldText.slice(oldText.indexOf('warned Western'), oldText.indexOf(' sent troops'));
    const selectors = annotate(oldText, quote);
    const revised = oldText.replace('Moscow expanded cooperation with Western governments last week. ', '');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy', start: selectors.position.start });
    expect(spanText(revised, result)).toMatch(/citing security concerns\.\nMoscow$/);
  });

  it('follows a typo fix inside the span, at the same offsets', () => {
    const oldText = ARTICLE.replace('satellite images', 'satelite imgaes');
    const selectors = annotate(oldText, 'confirmed by satelite imgaes published');
    const result = reanchor(selectors, ARTICLE);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy', start: selectors.position.start });
    expect(spanText(ARTICLE, result)).toBe('confirmed by satellite images published');
    if (result.state === 'reanchored') expect(result.score).toBeGreaterThan(0.9);
  });

  it('prefers the edited quote in its old place to a verbatim copy in a similar context elsewhere', () => {
    const oldText =
      'Moscow deployed a unit involving 1,800 personnel according to state media. Tehran supplied drones to Armenia.\n' +
      'Later it sent a unit involving 2,300 personnel according to state media. Tehran denied reports about it.';
    const selectors = annotate(oldText, 'according to state media. Tehran', 0);
    const revised = oldText.replace('1,800 personnel according to state media', '1,800 personnel according to state-run media');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy', start: selectors.position.start });
    expect(spanText(revised, result)).toBe('according to state-run media. Tehran');
  });

  it('follows an edited quote in Cyrillic ending in an emoji, without cutting a surrogate pair', () => {
    const oldText = 'Тегеран ответил: Россия направила войска в Иран 🇮🇷. Москва это отрицает.';
    const selectors = annotate(oldText, 'Россия направила войска в Иран 🇮🇷');
    const revised = 'Срочно. ' + oldText.replace('направила войска', 'направила свои войска');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy' });
    expect(spanText(revised, result)).toBe('Россия направила свои войска в Иран 🇮🇷');
  });

  it('orphans a short quote that no longer occurs verbatim rather than take a look-alike word', () => {
    const selectors = annotate(ARTICLE, 'Tehran');
    const revised = ARTICLE.replace('Analysts in Tehran', 'Analysts in Teheran');
    expect(reanchor(selectors, revised)).toEqual({ state: 'orphaned', reason: 'not_found' });
  });

  it('orphans a passage rewritten beyond recognition', () => {
    const selectors = annotate(ARTICLE, 'Western diplomats warned that the cooperation could destabilise the region further.');
    const revised = ARTICLE.replace('Western diplomats warned that the cooperation could destabilise the region further.', 'European envoys said the partnership might unsettle neighbouring states.');
    expect(reanchor(selectors, revised)).toMatchObject({ state: 'orphaned' });
  });
});

describe('reanchor: repeated phrases', () => {
  const oldText = [
    'In 2015 officials in Moscow said that Russia sent troops to Iran. Tehran denied it at the time.',
    'Last week a newspaper in Kazan reported that Russia sent troops to Iran. Tehran has not commented.',
  ].join('\n');

  it('follows the occurrence whose context matches', () => {
    const first = annotate(oldText, 'Russia sent troops to Iran', 0);
    const second = annotate(oldText, 'Russia sent troops to Iran', 1);
    const revised = 'Russia and Iran\n' + oldText;
    expect(reanchor(first, revised)).toMatchObject({ state: 'reanchored', method: 'exact-context', start: offsetOf(revised, 'Russia sent troops to Iran', 0) });
    expect(reanchor(second, revised)).toMatchObject({ state: 'reanchored', method: 'exact-context', start: offsetOf(revised, 'Russia sent troops to Iran', 1) });
  });

  it('follows its own occurrence when the other one comes first after an edit', () => {
    const second = annotate(oldText, 'Russia sent troops to Iran', 1);
    const blocks = oldText.split('\n');
    const swapped = [blocks[1], blocks[0]].join('\n');
    const result = reanchor(second, swapped);
    expect(result).toMatchObject({ state: 'reanchored', start: offsetOf(swapped, 'Russia sent troops to Iran', 0) });
    expect(swapped.slice(0, (result as { end: number }).end)).toMatch(/Kazan reported that Russia sent troops to Iran$/);
  });

  it('tells apart occurrences whose contexts differ by a single character', () => {
    const text = 'In 2014, Russia sent troops to Iran, officials said.\nIn 2015, Russia sent troops to Iran, officials said.';
    const selectors = annotate(text, 'Russia sent troops to Iran', 1);
    const revised = 'Timeline\n' + text;
    expect(reanchor(selectors, revised)).toMatchObject({ state: 'reanchored', method: 'exact-context', start: offsetOf(revised, 'Russia sent troops to Iran', 1) });
  });

  it('orphans rather than guesses when the context cannot tell the occurrences apart', () => {
    // The annotated sentence sits inside a paragraph that the text repeats: both copies have the same 32 characters either side.
    const paragraph = 'Officials in Moscow said on Monday that Russia sent troops to Iran. Tehran denied it within the hour, calling it propaganda.';
    const twice = `Headline\n${paragraph}\nA sentence between.\n${paragraph}\nEnd.`;
    const second = annotate(twice, 'Russia sent troops to Iran', 1);
    expect(reanchor(second, twice)).toEqual({ state: 'anchored', ...second.position });
    expect(reanchor(second, `A new first line.\n${twice}`)).toEqual({ state: 'orphaned', reason: 'ambiguous' });
    // An editor pasted the paragraph a second time: which copy carries the annotation is anyone's guess.
    const once = `Headline\n${paragraph}\nEnd.`;
    const single = annotate(once, 'Russia sent troops to Iran');
    expect(reanchor(single, `Update.\n${paragraph}\n${paragraph}\nEnd.`)).toEqual({ state: 'orphaned', reason: 'ambiguous' });
  });

  it('orphans when the contexts of the copies differ by only a few characters', () => {
    const paragraph = 'Officials said that Russia sent troops to Iran. Tehran denied it.';
    const single = annotate(`Headline\n${paragraph}\nEnd.`, 'Russia sent troops to Iran');
    // Only "End." after the second copy speaks for it (scores 0.952 against 0.925, inside the 0.04 margin).
    const duplicated = `A new first line.\n${paragraph}\n${paragraph}\nEnd.`;
    expect(reanchor(single, duplicated)).toEqual({ state: 'orphaned', reason: 'ambiguous' });
  });

  it('orphans an edited repeated sentence whose copies cannot be told apart', () => {
    const paragraph = 'Officials said that Russia sent trops to Iran on Monday. Tehran denied it.';
    const selectors = annotate(`Intro.\n${paragraph}\nEnd.`, 'Russia sent trops to Iran on Monday');
    const fixed = paragraph.replace('trops', 'troops');
    expect(reanchor(selectors, `A longer intro.\n${fixed}\n${fixed}\nEnd.`)).toEqual({ state: 'orphaned', reason: 'ambiguous' });
  });
});

describe('reanchor: deleted and rewritten passages', () => {
  it('orphans a deleted sentence instead of anchoring to a look-alike elsewhere', () => {
    const text = 'Officials in Moscow said on Monday that Russia sent troops to Syria. The move surprised Western capitals. Later, the foreign ministry added that Russia sent troops to Iran.';
    const selectors = annotate(text, 'Russia sent troops to Syria.');
    const revised = text.replace(' that Russia sent troops to Syria.', '.');
    expect(reanchor(selectors, revised)).toEqual({ state: 'orphaned', reason: 'context_mismatch' });
  });

  it('orphans a deleted sentence even when its look-alike inherits its prefix', () => {
    // After the deletion the Iran sentence sits exactly where the Syria sentence was.
    const text = 'Officials in Moscow said on Monday: Russia sent troops to Syria. Russia sent troops to Iran. Analysts were sceptical.';
    const selectors = annotate(text, 'Russia sent troops to Syria.');
    const revised = text.replace('Russia sent troops to Syria. ', '');
    expect(revised.slice(selectors.position.start).startsWith('Russia sent troops to Iran.')).toBe(true);
    // Quote 86% similar and the prefix intact: only the suffix shows it is not the same sentence.
    expect(reanchor(selectors, revised)).toEqual({ state: 'orphaned', reason: 'context_mismatch' });
  });

  it('orphans a short quote that now occurs once, in a different context', () => {
    const selectors = annotate(ARTICLE, 'the Iranian defence ministry');
    const rewritten = [
      'Russia and Iran deepen military ties',
      'A spokesman for the Iranian defence ministry declined to comment on the reports about fighter jets.',
      'Western diplomats warned that the cooperation could destabilise the region further.',
    ].join('\n');
    expect(rewritten.split('the Iranian defence ministry')).toHaveLength(2);
    expect(reanchor(selectors, rewritten)).toEqual({ state: 'orphaned', reason: 'context_mismatch' });
  });

  it('orphans a quote whose text is gone entirely', () => {
    const selectors = annotate(ARTICLE, 'Su-35 fighter jets');
    const revised = ARTICLE.replace('Iran has bought Su-35 fighter jets from Russia, according to a statement from the Iranian defence ministry.\n', '');
    expect(reanchor(selectors, revised)).toMatchObject({ state: 'orphaned' });
  });

  it('orphans an annotation with an empty quote, and one on an empty text', () => {
    expect(reanchor({ position: { start: 0, end: 0 }, quote: { exact: '', prefix: '', suffix: '' } }, ARTICLE)).toEqual({ state: 'orphaned', reason: 'empty_quote' });
    expect(reanchor(annotate(ARTICLE, 'Russia sent troops to Syria'), '')).toMatchObject({ state: 'orphaned' });
  });
});

describe('reanchor: long quotes and long texts', () => {
  const sentences = [
    'The agreement, signed in Tehran after months of negotiation, covers the supply of air-defence systems, training for Iranian pilots and the joint production of drones at a plant near Isfahan.',
    'Russian officials described the deal as defensive, while Israeli and American officials called it a threat to regional security and promised to respond.',
    'According to documents seen by the newspaper, the first deliveries are scheduled for the spring, and payment will be made partly in oil and partly in gold.',
    'Independent analysts cautioned that several earlier announcements of this kind had not been followed by actual transfers of equipment.',
    'The Iranian parliament is expected to debate the agreement next month, although its approval is considered a formality.',
    'Diplomats in Vienna said the deal could complicate the talks on Iran’s nuclear programme, which have stalled since the summer.',
    'A spokesman for the Kremlin declined to give details, saying only that cooperation with Iran was developing in all areas.',
  ];
  const longParagraph = sentences.join(' ');

  it('re-anchors a quote of more than 1000 characters after edits inside it', () => {
    expect(longParagraph.length).toBeGreaterThan(1000);
    const text = `Headline\nIntro paragraph about the deal.\n${longParagraph}\nClosing paragraph.`;
    const selectors = annotate(text, longParagraph);
    const edited = longParagraph
      .replace('months of negotiation', 'many months of difficult negotiation')
      .replace('Israeli and American', 'Israeli, American and European')
      .replace('had not been', 'were not');
    const revised = `Headline\nA new paragraph was added here.\nIntro paragraph about the deal.\n${edited}\nClosing paragraph.`;
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', method: 'fuzzy' });
    expect(spanText(revised, result)).toBe(edited);
  });

  it('re-anchors in a long text with edits far from the annotations', () => {
    const blocks: string[] = [];
    for (let i = 0; blocks.join('\n').length < 20_000; i++) blocks.push(`Paragraph ${i}. ${sentences[i % sentences.length]}`);
    const text = blocks.join('\n');
    const quote = `Paragraph ${blocks.length - 2}. ${sentences[(blocks.length - 2) % sentences.length]!.slice(0, 60)}`;
    const selectors = annotate(text, quote);
    const revised = text.replace('Paragraph 3.', 'Paragraph 3 (updated).');
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', start: selectors.position.start + ' (updated)'.length });
    // The same repeated sentence in another numbered paragraph is not taken for it.
    const repeated = annotate(text, sentences[1]!, 3);
    const repeatedResult = reanchor(repeated, revised);
    expect(repeatedResult).toMatchObject({ state: 'reanchored', start: repeated.position.start + ' (updated)'.length });
  });
});
