import { RolePicker } from './role-picker.js';

if (!customElements.get('role-picker')) customElements.define('role-picker', RolePicker);
