import { describe, expect, it } from 'vitest';
import { isDocumentRequest } from './document-request';

const headersOf = (entries: Record<string, string>) => new Headers(entries);

describe('isDocumentRequest', () => {
  it('is a document for a browser navigation, by Sec-Fetch-Dest or else by Accept', () => {
    expect(isDocumentRequest(headersOf({ 'sec-fetch-dest': 'document', accept: 'text/html,application/xhtml+xml' }))).toBe(true);
    expect(isDocumentRequest(headersOf({ 'sec-fetch-dest': 'iframe' }))).toBe(true);
    expect(isDocumentRequest(headersOf({ accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }))).toBe(true);
  });

  it('is not for the RSC fetch of a refresh or navigation, nor a server action', () => {
    expect(isDocumentRequest(headersOf({ 'sec-fetch-dest': 'empty', accept: '*/*' }))).toBe(false);
    expect(isDocumentRequest(headersOf({ accept: '*/*' }))).toBe(false);
    expect(isDocumentRequest(headersOf({ accept: 'text/x-component' }))).toBe(false);
    expect(isDocumentRequest(headersOf({}))).toBe(false);
    // Sec-Fetch-Dest decides when present, whatever Accept says.
    expect(isDocumentRequest(headersOf({ 'sec-fetch-dest': 'empty', accept: 'text/html' }))).toBe(false);
  });
});
