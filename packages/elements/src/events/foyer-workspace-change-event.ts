/** The elements under a provider now act in another workspace, with the same session. */
export class FoyerWorkspaceChangeEvent extends Event {
  static readonly eventName = 'foyer-workspace-change';
  constructor(
    /** The handle of the workspace now in use. */
    readonly workspace: string,
    /** The handle of the workspace in use before; empty when there was none. */
    readonly previous: string,
  ) {
    super(FoyerWorkspaceChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-workspace-change': FoyerWorkspaceChangeEvent;
  }
}
