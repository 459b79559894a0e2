import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Item } from '@foyer/schema';

export type UploadState = 'waiting' | 'sending' | 'done' | 'failed' | 'cancelled';

/** One file on its way into a gallery. */
export interface Upload {
  readonly id: number;
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
}

/** How many files travel at once: enough to fill a connection, few enough that each shows progress. */
const atOnce = 3;

/**
 * The files a photographer drops or picks, sent one gallery at a time. Each is sent with
 * XMLHttpRequest because only it reports upload progress; fetch cannot. The server refuses
 * what is no picture, too large, or not the picture it says it is, and cancelling stops a file on its way (the server keeps none of it).
 * A file cancelled after its last byte left may still be stored by the server: its answer is
 * awaited and the picture it names deleted again, so Cancel always means the file is not added.
 */
export class UploadQueue implements ReactiveController {
  uploads: Upload[] = [];
  #next = 1;
  readonly #requests = new Map<number, XMLHttpRequest>();
  readonly #files = new Map<number, { file: File; target: UploadTarget }>();
  readonly #host: ReactiveControllerHost;
  /** Files whose every byte was sent: aborting them no longer stops the server from storing them. */
  readonly #sentWhole = new Set<number>();
  readonly #uploaded: (item: Item, galleryId: string) => void;
  readonly #discard: (item: Item) => void;

  constructor(host: ReactiveControllerHost, handlers: { uploaded: (item: Item, galleryId: string) => void; discard: (item: Item) => void }) {
    this.#host = host;
    this.#uploaded = handlers.uploaded;
    this.#discard = handlers.discard;
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
      const upload: Upload = { id: this.#next++, name: file.name, size: file.size, sent: 0, state: 'waiting' };
      this.#files.set(upload.id, { file, target });
      this.uploads = [...this.uploads, upload];
    }
    this.#pump();
  }

  cancel(id: number): void {
    const upload = this.uploads.find((u) => u.id === id);
    if (!upload || (upload.state !== 'waiting' && upload.state !== 'sending')) return;
    // Once the whole file is out, the server's answer says whether it stored it, to be deleted again.
    if (!this.#sentWhole.has(id) && upload.sent < upload.size) this.#requests.get(id)?.abort();
    this.#settle(upload, 'cancelled');
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
    request.open('PUT', `${base}/uploads/${encodeURIComponent(target.workspace)}/${encodeURIComponent(target.galleryId)}?name=${encodeURIComponent(file.name)}&expect=picture`);
    request.setRequestHeader('authorization', `Bearer ${target.token}`);
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (upload.state !== 'sending') return;
      upload.sent = event.loaded;
      this.#host.requestUpdate();
    };
    request.upload.onload = () => this.#sentWhole.add(upload.id);
    request.onloadend = () => {
      this.#requests.delete(upload.id);
      this.#sentWhole.delete(upload.id);
    };
    request.onload = () => {
      const body = parse(request.responseText);
      if (upload.state === 'cancelled') {
        if (request.status >= 200 && request.status < 300) this.#discard(body as Item);
        return;
      }
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

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
