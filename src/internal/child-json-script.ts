import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The JSON types a child script may carry: plain JSON, or a FHIR resource or Bundle (`application/fhir+json`). */
export type ChildJsonType = 'application/json' | 'application/fhir+json';

/**
 * Reads the text of a direct child `<script type="application/json">` (or of another JSON type, e.g.
 * `application/fhir+json`) and keeps it current, so a server-side template can hand a widget its data
 * (a plan, a content pack, a FHIR Bundle) with no script of its own. Only a direct child counts, so a
 * nested widget's own script is never read by its parent. Adding, replacing or editing the script asks
 * the host to update.
 */
export class ChildJsonScript implements ReactiveController {
  /** The script's text; undefined when there is no such child. */
  text: string | undefined;
  /**
   * Made on first connection, in the browser only: a server render (Lit SSR) has no MutationObserver
   * and no children to read (a server template gives the data as an attribute instead).
   */
  private observer: MutationObserver | undefined;

  private readonly selector: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, type: ChildJsonType = 'application/json') {
    this.selector = `:scope > script[type="${type}"]`;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.read();
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const text = this.host.querySelector(this.selector)?.textContent ?? undefined;
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
