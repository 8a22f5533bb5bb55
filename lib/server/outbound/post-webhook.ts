import 'server-only';
// One HTTP attempt of a webhook delivery: POST the exact signed body to the vetted,
// pinned addresses, within a time limit, and say what came of it. The answer's body
// is read (up to a small limit) and dropped: only its status counts.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { signWebhookBody } from '../../security/webhook-secret';
import { OutboundAddressRefused, vetOutboundUrl } from './outbound-address';

/** A receiver gets this long to answer; shorter than the job's expiry (OUTBOUND_JOB_EXPIRE_SECONDS ≥ 15). */
export const DELIVERY_TIMEOUT_MS = 10_000;
const MAX_ANSWER_BYTES = 64 * 1024;

export type DeliveryHeaders = { eventType: string; deliveryId: string };

/** status: the HTTP status, or null when no answer came (error says why). retryable: worth another attempt. */
export type AttemptResult = { delivered: boolean; retryable: boolean; statusCode: number | null; error: string | null };

/** 2xx: delivered. 408, 429 and 5xx: the receiver may do better later. Other answers will not change. */
export function judgeStatus(statusCode: number): AttemptResult {
  const delivered = statusCode >= 200 && statusCode < 300;
  const retryable = statusCode === 408 || statusCode === 429 || statusCode >= 500;
  return { delivered, retryable, statusCode, error: delivered ? null : `The receiver answered ${statusCode}.` };
}

export async function postWebhook(rawUrl: string, secret: string, body: string, headers: DeliveryHeaders): Promise<AttemptResult> {
  let vetted;
  try {
    vetted = await vetOutboundUrl(rawUrl);
  } catch (error) {
    // The address may have moved to a private network since the webhook was made: never sent, not retried.
    if (error instanceof OutboundAddressRefused) return { delivered: false, retryable: false, statusCode: null, error: error.message };
    throw error;
  }
  const { url, addresses } = vetted;
  const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = addresses.filter((entry) => wanted === 0 || entry.family === wanted);
    if (usable.length === 0) callback(Object.assign(new Error('No vetted address for the requested family'), { code: 'ENOTFOUND' }), '', 0);
    else if (options.all) callback(null, usable);
    else callback(null, usable[0]!.address, usable[0]!.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    const request = client.request(url, {
      method: 'POST',
      lookup: pinnedLookup,
      agent: false,
      timeout: DELIVERY_TIMEOUT_MS,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'Corroborate-Webhooks/1',
        'X-Corroborate-Event': headers.eventType,
        'X-Corroborate-Delivery': headers.deliveryId,
        'X-Corroborate-Signature': signWebhookBody(secret, body),
      },
    });
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)), DELIVERY_TIMEOUT_MS);
    request.on('timeout', () => request.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)));
    request.on('response', (response) => {
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) response.destroy();
      });
      const done = () => {
        clearTimeout(deadline);
        resolve(judgeStatus(response.statusCode ?? 0));
      };
      response.on('end', done);
      response.on('close', done);
      response.on('error', done);
    });
    request.on('error', (error) => {
      clearTimeout(deadline);
      resolve({ delivered: false, retryable: true, statusCode: null, error: `The request failed: ${error.message}` });
    });
    request.end(body);
  });
}
