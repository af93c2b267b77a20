/**
 * Marks the table-of-contents entry of the section being read
 * (`aria-current`). Headings report crossing a line a third down the window;
 * the section is the last heading above that line, or, once the page can
 * scroll no further, the last heading in view (a short last section never
 * reaches the line).
 */
class TocHighlight extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #end: IntersectionObserver | undefined;

  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const sections = links.flatMap((link) => {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      return heading ? [{ link, heading }] : [];
    });
    const update = () => {
      const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 4;
      const line = atEnd ? innerHeight : innerHeight / 3;
      const current = sections.filter(({ heading }) => heading.getBoundingClientRect().top < line).at(-1);
      for (const { link } of sections) {
        if (link === current?.link) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    this.#observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
    for (const { heading } of sections) this.#observer.observe(heading);
    this.#end = new IntersectionObserver(update);
    const end = document.querySelector('.article-footer');
    if (end) this.#end.observe(end);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#end?.disconnect();
  }
}

customElements.define('toc-highlight', TocHighlight);
