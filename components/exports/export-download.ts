// Fetches an export as a stream, reporting bytes as they arrive, then hands the
// file to the browser as a download. Errors come back with the server's message
// (the API's English) and its status, for the form to word when there is no message.
export type ExportProgress = { received: number; expected: number | null; done: boolean };

export class ExportFailed extends Error {
  readonly status: number;
  readonly serverMessage: string | null;

  constructor(status: number, serverMessage: string | null) {
    super(serverMessage ?? `The server answered ${status}.`);
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

export async function downloadExport(url: string, onProgress: (progress: ExportProgress) => void): Promise<void> {
  const response = await fetch(url);
  if (!response.ok || !response.body) {
    const payload = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new ExportFailed(response.status, payload.error?.message ?? null);
  }
  const expectedHeader = response.headers.get('x-export-records');
  const expected = expectedHeader === null ? null : Number(expectedHeader);
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, expected, done: false });
  }
  onProgress({ received, expected, done: true });
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'corroborate-export';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
