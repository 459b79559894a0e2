export { createFoyerApi, serverUrl } from './client.js';
export type { FoyerApi, FoyerClientOptions } from './client.js';
export { FoyerCallError } from './batch-client.js';
export { describeError } from './errors.js';
export type { FoyerErrorInfo } from './errors.js';
export { SessionStore } from './session-store.js';
export type { SessionStoreOptions } from './session-store.js';
export { uploadItem, UploadError } from './upload.js';
export type { UploadTarget } from './upload.js';
