// JSON Schema (draft 2020-12) of the JSON export, version 1, for newsrooms
// that validate what they ingest (and for our own tests, which validate real
// output with it). Objects are closed (additionalProperties: false) so a
// field the serialiser adds without the schema — or a typo — is caught;
// a new field means a schema change, and a breaking one a new version.
//
// What JSON Schema cannot say, and the serialisers guarantee instead:
// start < end, and offsets are UTF-16 code units into the revision's text.
//
// The enums are the lists of lib/vocabulary.ts, so the schema names every
// member the serialisers can write.
import { ANCHOR_STATES, ARTICLE_STATUSES, CONFIDENCES, EVIDENCE_TYPES, LABELS, PASSAGE_STATES, SIGNAL_SCALES, TEXT_DIRECTIONS } from '../vocabulary';
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from './json';

export const EXPORT_JSON_SCHEMA_ID = 'urn:corroborate:schema:export:1';

const dateTime = { type: 'string', format: 'date-time' } as const;
// anyOf rather than `type: [..., 'null']`: Ajv's strict mode (the default) rejects union types.
const nullable = <T extends object>(schema: T) => ({ anyOf: [{ type: 'null' }, schema] }) as const;
const nullableDateTime = nullable(dateTime);
const uri = { type: 'string', format: 'uri' } as const;
const offset = { type: 'integer', minimum: 0 } as const;
const revision = { type: 'integer', minimum: 1 } as const;
const nullableString = nullable({ type: 'string' } as const);

export const EXPORT_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: EXPORT_JSON_SCHEMA_ID,
  title: 'Corroborate export',
  description: 'Articles with their reviewers\' annotations and the consensus passages, with editor verdicts.',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'version', 'generatedAt', 'articles'],
  properties: {
    format: { const: JSON_EXPORT_FORMAT },
    version: { const: JSON_EXPORT_VERSION },
    generatedAt: dateTime,
    articles: { type: 'array', items: { $ref: '#/$defs/article' } },
  },
  $defs: {
    label: { enum: LABELS },
    evidence: {
      type: 'object',
      additionalProperties: false,
      required: ['url'],
      properties: { url: uri, title: { type: 'string' }, type: { enum: EVIDENCE_TYPES } },
    },
    article: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'url', 'publisher', 'byline', 'publishedAt', 'status', 'revision', 'textHash', 'annotations', 'passages'],
      properties: {
        id: { type: 'string', minLength: 1 },
        title: { type: 'string' },
        url: uri,
        publisher: nullableString,
        // Not required: exports made before sources lack it.
        source: nullable({ type: 'object', additionalProperties: false, required: ['id', 'name'], properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' } } } as const),
        byline: nullableString,
        publishedAt: nullableDateTime,
        status: { enum: ARTICLE_STATUSES },
        revision,
        textHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        // Not required: exports made before articles had a language lack them.
        language: { type: 'string', minLength: 2, maxLength: 35 },
        direction: { enum: [...TEXT_DIRECTIONS] },
        annotations: { type: 'array', items: { $ref: '#/$defs/annotation' } },
        passages: { type: 'array', items: { $ref: '#/$defs/passage' } },
        // Not required: exports made before articles had a discussion lack it.
        comments: { type: 'array', items: { $ref: '#/$defs/comment' } },
        // Not required either: credibility signals by key (exports before signals lack them).
        signals: { type: 'object', additionalProperties: { $ref: '#/$defs/signal' } },
      },
    },
    signal: {
      type: 'object',
      additionalProperties: false,
      required: ['question', 'scale', 'answers', 'distribution', 'consensus'],
      properties: {
        question: { type: 'string' },
        scale: { enum: SIGNAL_SCALES },
        answers: { type: 'integer', minimum: 0 },
        distribution: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['value', 'label', 'count'], properties: { value: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer', minimum: 0 } } },
        },
        // null: no answers, or the most frequent answers tie (no majority).
        consensus: { type: ['string', 'null'] },
        // Ranked scales only: the lower median answer.
        median: { type: ['string', 'null'] },
      },
    },
    person: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name'],
      properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' } },
    },
    comment: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'parentId', 'author', 'body', 'mentions', 'start', 'end', 'exact', 'prefix', 'suffix', 'revision', 'resolvedAt', 'resolvedBy', 'createdAt', 'updatedAt'],
      properties: {
        id: { type: 'string', minLength: 1 },
        parentId: nullable({ type: 'string', minLength: 1 } as const),
        author: { $ref: '#/$defs/person' },
        body: { type: 'string', minLength: 1, maxLength: 10000 },
        mentions: { type: 'array', items: { type: 'string', minLength: 1 } },
        // All null for a comment on the whole article.
        start: nullable(offset),
        end: nullable(offset),
        exact: nullableString,
        prefix: nullableString,
        suffix: nullableString,
        revision: nullable(revision),
        resolvedAt: nullableDateTime,
        resolvedBy: nullable({ $ref: '#/$defs/person' } as const),
        createdAt: dateTime,
        updatedAt: dateTime,
      },
    },
    annotation: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'reviewer', 'label', 'start', 'end', 'exact', 'prefix', 'suffix', 'revision', 'rationale', 'evidence', 'confidence', 'anchorState', 'createdAt', 'updatedAt', 'iri'],
      properties: {
        id: { type: 'string', minLength: 1 },
        reviewer: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name'],
          properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' } },
        },
        label: { $ref: '#/$defs/label' },
        start: offset,
        end: offset,
        exact: { type: 'string', minLength: 1 },
        prefix: { type: 'string' },
        suffix: { type: 'string' },
        revision,
        rationale: { type: 'string' },
        evidence: { type: 'array', items: { $ref: '#/$defs/evidence' } },
        confidence: { enum: [...CONFIDENCES, null] },
        anchorState: { enum: ANCHOR_STATES },
        createdAt: dateTime,
        updatedAt: dateTime,
        iri: uri,
        // Not required: exports made before annotations kept a client's W3C identity lack them.
        canonical: nullable(uri),
        via: { type: 'array', items: uri },
      },
    },
    verdict: {
      type: 'object',
      additionalProperties: false,
      required: ['label', 'rating', 'ratingName', 'ratingValue', 'explanation', 'claimant', 'appearanceUrl', 'claimDate', 'editorName', 'updatedAt'],
      properties: {
        label: { $ref: '#/$defs/label' },
        rating: { type: 'string', minLength: 1 },
        ratingName: { type: 'string' },
        ratingValue: nullable({ type: 'number' } as const),
        explanation: { type: 'string' },
        claimant: nullableString,
        appearanceUrl: nullable(uri),
        claimDate: nullable({ type: 'string', format: 'date' }),
        editorName: { type: 'string' },
        updatedAt: dateTime,
      },
    },
    passage: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'start', 'end', 'exact', 'label', 'support', 'reviewers', 'state', 'verdict'],
      properties: {
        id: { type: 'string', pattern: '^[0-9]+-[0-9]+$' },
        start: offset,
        end: offset,
        exact: { type: 'string', minLength: 1 },
        // null: the reviewers' votes tie, so there is no majority label.
        label: { oneOf: [{ type: 'null' }, { $ref: '#/$defs/label' }] },
        support: { type: 'integer', minimum: 0 },
        reviewers: { type: 'integer', minimum: 0 },
        state: { enum: PASSAGE_STATES },
        verdict: { oneOf: [{ type: 'null' }, { $ref: '#/$defs/verdict' }] },
        // Not required: exports made before claims lack it.
        claims: { type: 'array', items: { $ref: '#/$defs/passageClaim' } },
      },
    },
    passageClaim: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'text', 'verdict'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        text: { type: 'string', minLength: 1 },
        // The claim's verdict, which carries to every appearance; null until the desk rules on the claim.
        verdict: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['rating', 'ratingName', 'ratingValue', 'explanation', 'at'],
              properties: { rating: { type: 'string', minLength: 1 }, ratingName: { type: 'string' }, ratingValue: nullable({ type: 'number' } as const), explanation: { type: 'string' }, at: dateTime },
            },
          ],
        },
      },
    },
  },
} as const;
