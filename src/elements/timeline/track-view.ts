/**
 * The part of a timeline's track the reader can see: its width, how far it is scrolled, and the
 * window of the axis near view that is rendered (a view's width on either side, in steps of half
 * a view, so that scrolling renders again only now and then). Measured when the track is resized
 * or scrolled, never on an ordinary update: a measure forces a layout before the frame's own.
 * Also the rem and whether the element is narrow enough for the compact axis (under 36rem).
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface TrackViewHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class TrackView implements ReactiveController {
  /** Width of the track's view, in pixels; 0 until measured. */
  width = 0;
  /** How far the track is scrolled from its start, in pixels (in either direction). */
  scrolled = 0;
  /** The pixels of the axis near view, which are rendered; a new array when they change. */
  range: readonly [number, number] = [0, 0];
  rem = 16;
  compact = false;
  private readonly resizes = new ResizeObserver(() => requestAnimationFrame(this.measure));
  /** The track the observer watches. */
  private track?: HTMLElement;

  constructor(private readonly host: TrackViewHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    const track = this.host.renderRoot.querySelector<HTMLElement>(".track") ?? undefined;
    if (track === this.track) return;
    if (this.track) this.resizes.unobserve(this.track);
    if (track) this.resizes.observe(track);
    this.track = track;
  }

  hostDisconnected(): void {
    this.resizes.disconnect();
    this.track = undefined;
  }

  /** Measures the track, and asks the host to update when what it shows has changed. */
  measure = (): void => {
    const { track, host } = this;
    if (!track) return;
    const rem = parseFloat(getComputedStyle(host).fontSize) || 16;
    const compact = host.offsetWidth < 36 * rem;
    const width = track.clientWidth || this.width;
    const start = Math.abs(track.scrollLeft);
    const step = Math.max(1, width / 2);
    const from = Math.floor(start / step) * step - width;
    this.scrolled = start;
    if (
      rem !== this.rem ||
      compact !== this.compact ||
      width !== this.width ||
      from !== this.range[0]
    ) {
      Object.assign(this, { rem, compact, width, range: [from, from + 3 * width + step] });
      host.requestUpdate();
    }
    // The overview's viewport follows every scroll, without a render.
    const viewport = host.renderRoot.querySelector<HTMLElement>(".viewport");
    const whole = track.scrollWidth || 1;
    viewport?.style.setProperty("--_left", `${(start / whole) * 100}`);
    viewport?.style.setProperty("--_size", `${(width / whole) * 100}`);
  };
}
