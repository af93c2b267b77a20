import { fragmentId } from './fragment';

/** How far below the window's top a heading counts as begun: where a link scrolls it (scroll padding and margin), and a little more. */
const READING_LINE = 64;

/**
 * Marks the table-of-contents entry of the section being read
 * (`aria-current`): the last heading at or above a line near the top of the
 * window, where a link to a heading or a paragraph brings it. Once the page
 * can scroll no further, a short last section never reaches that line: then
 * the section of the paragraph the address points at, if it is in view, else
 * the last heading in view.
 */
class TocHighlight extends HTMLElement {
  #frame = 0;
  #schedule = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#update());
  };
  #sections: { link: HTMLAnchorElement; heading: HTMLElement }[] = [];

  connectedCallback(): void {
    this.#sections = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
      const heading = document.getElementById(fragmentId(link.hash));
      return heading ? [{ link, heading }] : [];
    });
    for (const type of ['scroll', 'resize', 'hashchange']) addEventListener(type, this.#schedule, { passive: true });
    this.#update();
  }

  disconnectedCallback(): void {
    for (const type of ['scroll', 'resize', 'hashchange']) removeEventListener(type, this.#schedule);
    cancelAnimationFrame(this.#frame);
  }

  #update(): void {
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 4;
    const target = document.getElementById(fragmentId(location.hash));
    const targetBox = target?.closest('.prose') ? target.getBoundingClientRect() : undefined;
    const inView = targetBox && targetBox.bottom > 0 && targetBox.top < innerHeight;
    const current =
      atEnd && inView
        ? this.#sections
            .filter(
              ({ heading }) =>
                heading === target || heading.compareDocumentPosition(target!) & Node.DOCUMENT_POSITION_FOLLOWING,
            )
            .at(-1)
        : this.#sections
            .filter(({ heading }) => heading.getBoundingClientRect().top <= (atEnd ? innerHeight : READING_LINE))
            .at(-1);
    for (const { link } of this.#sections) {
      if (link === current?.link) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }
}

customElements.define('toc-highlight', TocHighlight);
