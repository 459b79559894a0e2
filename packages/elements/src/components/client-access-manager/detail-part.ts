// One access in detail, the dialogs its actions open and the form that makes or edits one,
// fetched together the first time an access opens or a new one is made (a new code is shown
// once, in its access's detail).
export { renderAccessDetail } from './access-detail.js';
export { DetailActions } from './detail-actions.js';
export { AccessEditor } from './access-editor.js';
