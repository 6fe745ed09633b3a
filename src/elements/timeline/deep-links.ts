/**
 * Opt-in deep links for a timeline: the selected event kept in the URL hash as
 * `#<name>:<event-id>` (the name is the `deep-link` attribute's value, else the element's id), and
 * a hash that names this timeline followed, on load and whenever it changes.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface DeepLinkHost extends ReactiveControllerHost, HTMLElement {
  deepLink?: string;
}

export class DeepLinks implements ReactiveController {
  constructor(
    private readonly host: DeepLinkHost,
    /** Shows the event a hash names, when the host has it. */
    private readonly follow: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener("hashchange", this.read);
  }

  hostDisconnected(): void {
    removeEventListener("hashchange", this.read);
  }

  /** The name of this timeline in deep links. */
  get name(): string {
    return this.host.deepLink || this.host.id || "timeline";
  }

  /** Keeps an event the reader selected in the address, when deep links are on. */
  write(id: string): void {
    if (this.host.deepLink != null) history.replaceState(history.state, "", `#${this.name}:${id}`);
  }

  /** Follows the address's hash, when deep links are on and it names this timeline. */
  read = (): void => {
    if (this.host.deepLink == null) return;
    const hash = location.hash.slice(1);
    const at = hash.lastIndexOf(":");
    if (at >= 0 && hash.slice(0, at) === this.name) this.follow(hash.slice(at + 1));
  };
}
