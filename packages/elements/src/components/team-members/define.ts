import { TeamMembers } from './team-members.js';

if (!customElements.get('team-members')) customElements.define('team-members', TeamMembers);
