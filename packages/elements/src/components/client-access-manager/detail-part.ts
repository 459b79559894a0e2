// One access in detail, the dialogs its actions open, the form that makes or edits one, the
// galleries it opens chosen by hand and its client's favourites, fetched together the first
// time an access opens or a new one is made (a new code is shown once, in its access's detail).
export { renderAccessDetail } from './access-detail.js';
export { DetailActions } from './detail-actions.js';
export { AccessEditor } from './access-editor.js';
export { GalleryChoice } from './gallery-choice.js';
export { SelectionList } from './selection-list.js';
export { CodeSharing } from './code-sharing.js';
