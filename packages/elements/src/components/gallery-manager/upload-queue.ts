import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Item } from '@foyer/schema';

export type UploadState = 'waiting' | 'sending' | 'done' | 'failed' | 'cancelled';

/** One file on its way into a gallery. */
export interface Upload {
  readonly id: number;
  /** Names the upload to the server, so a cancellation finds the file in whichever order they arrive. */
  readonly key: string;
  readonly name: string;
  readonly size: number;
  /** Bytes the server has received so far. */
  sent: number;
  state: UploadState;
  /** The server's refusal: its code and its sentence. */
  refusal?: { code: string; message: string };
}

export interface UploadTarget {
  /** The API's base address, as the provider names it. */
  server: string;
  token: string;
  workspace: string;
  galleryId: string;
  /** Tells the server this upload is cancelled, on the connection it was sent with. */
  cancel(key: string): void;
}

/** How many files travel at once: enough to fill a connection, few enough that each shows progress. */
const atOnce = 3;

/**
 * The files a photographer drops or picks, sent one gallery at a time. Each is sent with
 * XMLHttpRequest because only it reports upload progress; fetch cannot. The server refuses
 * what is no picture, too large, or not the picture it says it is.
 * Cancel means the file is not added. Stopping the request is not enough: its last byte may
 * already have reached the server, which stores it while the answer is lost. So each upload
 * carries a key, and cancelling also tells the server that key; the server keeps no file whose
 * key was cancelled, whether it arrived before the cancellation or after.
 */
export class UploadQueue implements ReactiveController {
  uploads: Upload[] = [];
  #next = 1;
  readonly #requests = new Map<number, XMLHttpRequest>();
  readonly #files = new Map<number, { file: File; target: UploadTarget }>();
  readonly #host: ReactiveControllerHost;
  readonly #uploaded: (item: Item, galleryId: string) => void;

  constructor(host: ReactiveControllerHost, handlers: { uploaded: (item: Item, galleryId: string) => void }) {
    this.#host = host;
    this.#uploaded = handlers.uploaded;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancelAll();
  }

  /** Bytes sent and to send of the files still counted: neither cancelled nor refused. */
  get total(): { sent: number; size: number; done: number; count: number } {
    const counted = this.uploads.filter((u) => u.state !== 'cancelled' && u.state !== 'failed');
    return {
      sent: counted.reduce((sum, u) => sum + (u.state === 'done' ? u.size : u.sent), 0),
      size: counted.reduce((sum, u) => sum + u.size, 0),
      done: this.uploads.filter((u) => u.state === 'done').length,
      count: counted.length,
    };
  }

  get busy(): boolean {
    return this.uploads.some((u) => u.state === 'waiting' || u.state === 'sending');
  }

  add(files: Iterable<File>, target: UploadTarget): void {
    for (const file of files) {
      const upload: Upload = { id: this.#next++, key: uploadKey(), name: file.name, size: file.size, sent: 0, state: 'waiting' };
      this.#files.set(upload.id, { file, target });
      this.uploads = [...this.uploads, upload];
    }
    this.#pump();
  }

  cancel(id: number): void {
    const upload = this.uploads.find((u) => u.id === id);
    if (!upload || (upload.state !== 'waiting' && upload.state !== 'sending')) return;
    const target = this.#files.get(id)?.target;
    const request = this.#requests.get(id);
    request?.abort();
    this.#settle(upload, 'cancelled');
    if (request && target) target.cancel(upload.key);
  }

  cancelAll(): void {
    for (const u of this.uploads) this.cancel(u.id);
  }

  /** Forgets the files that are finished, failed or cancelled. */
  clearFinished(): void {
    this.uploads = this.uploads.filter((u) => u.state === 'waiting' || u.state === 'sending');
    this.#host.requestUpdate();
  }

  #settle(upload: Upload, state: UploadState, refusal?: Upload['refusal']): void {
    upload.state = state;
    if (refusal) upload.refusal = refusal;
    this.#files.delete(upload.id);
    this.uploads = [...this.uploads];
    this.#host.requestUpdate();
    this.#pump();
  }

  #pump(): void {
    const sending = this.uploads.filter((u) => u.state === 'sending').length;
    for (const upload of this.uploads.filter((u) => u.state === 'waiting').slice(0, Math.max(0, atOnce - sending))) this.#send(upload);
    this.#host.requestUpdate();
  }

  #send(upload: Upload): void {
    const queued = this.#files.get(upload.id);
    if (!queued) return;
    const { file, target } = queued;
    upload.state = 'sending';
    const request = new XMLHttpRequest();
    this.#requests.set(upload.id, request);
    const base = target.server.replace(/\/+$/, '');
    // The server refuses what is not a picture (`expect=picture`), naming it; the studio adds pictures only.
    request.open(
      'PUT',
      `${base}/uploads/${encodeURIComponent(target.workspace)}/${encodeURIComponent(target.galleryId)}?name=${encodeURIComponent(file.name)}&expect=picture&key=${upload.key}`,
    );
    request.setRequestHeader('authorization', `Bearer ${target.token}`);
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (upload.state !== 'sending') return;
      upload.sent = event.loaded;
      this.#host.requestUpdate();
    };
    request.onloadend = () => this.#requests.delete(upload.id);
    request.onload = () => {
      if (upload.state === 'cancelled') return;
      const body = parse(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        upload.sent = upload.size;
        this.#settle(upload, 'done');
        this.#uploaded(body as Item, target.galleryId);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } }).error ?? {};
      this.#settle(upload, 'failed', { code: error.code ?? 'INTERNAL', message: error.message ?? '' });
    };
    request.onerror = () => {
      if (upload.state === 'sending') this.#settle(upload, 'failed', { code: 'NETWORK', message: '' });
    };
    request.send(file);
  }
}

/** A random UUID (version 4). `crypto.randomUUID` exists only on secure pages; the host page may not be one. */
function uploadKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
