import { PasswordField } from './password-field.js';

if (!customElements.get('password-field')) customElements.define('password-field', PasswordField);
