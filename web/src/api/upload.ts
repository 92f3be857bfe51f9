import { CSRF_HEADER, csrfTokenValue, request, toApiError } from './client.js';
import type { PasteDocument, UploadResult } from './types.js';

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 'sending' while bytes go up; 'decoding' once they are all sent and the server works. */
  phase: 'sending' | 'decoding';
}

/** Pasted text (with optional title, date, outlet) is small: one JSON request. */
export function pasteDocument(body: PasteDocument): Promise<UploadResult> {
  return request('POST', '/api/documents/text', { body });
}

/**
 * Sends files to be decoded and stored, as multipart so the server picks each reader by content.
 * XHR rather than fetch because only XHR reports upload progress, which a reader of a 50 MB JSONL
 * file needs to see.
 */
export async function uploadFiles(files: readonly File[], onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<UploadResult> {
  const token = await csrfTokenValue();
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const size = files.reduce((n, f) => n + f.size, 0);
  return new Promise<UploadResult>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : size, phase: 'sending' });
    xhr.upload.onload = () => onProgress({ loaded: size, total: size, phase: 'decoding' });
    xhr.onerror = () => reject(new Error('the upload failed: the server could not be reached'));
    xhr.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    xhr.onload = () => {
      let parsed: unknown = xhr.responseText;
      try { parsed = JSON.parse(xhr.responseText); } catch { /* not JSON: keep the text for the message */ }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as UploadResult);
      else reject(toApiError(xhr.status, parsed, xhr.statusText));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
