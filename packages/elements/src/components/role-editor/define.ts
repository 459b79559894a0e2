import { RoleEditor } from './role-editor.js';

if (!customElements.get('role-editor')) customElements.define('role-editor', RoleEditor);
