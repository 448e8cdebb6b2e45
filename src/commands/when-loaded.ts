import type { CommandEvent } from './kontroller';

/**
 * A ribbon command whose handler is still loading: Office may call it before the page's modules are there
 * (a cold start of the shared runtime). The handler comes as a promise, so the page that registers the
 * command at start does not load the command's code (the domain's rules) before its first render. Whatever
 * fails, `completed()` is called, or the button stops working.
 */
export function whenLoaded(handler: Promise<(event: CommandEvent) => Promise<void>>): (event: CommandEvent) => void {
  // Handled here as well: a page that fails to load its modules must not also report an unhandled rejection.
  handler.catch(() => undefined);
  return (event) => {
    handler.then((run) => run(event)).catch(() => event.completed());
  };
}
