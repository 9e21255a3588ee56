/** The current page, kept in the URL hash as `#/view`; `#v2.…` is a share link. */
class RouteState {
  view = $state('data');
  share = $state<string | null>(null);

  constructor() {
    if (typeof window === 'undefined') return;
    this.#read();
    window.addEventListener('hashchange', () => this.#read());
  }

  #read() {
    const hash = window.location.hash;
    // `#v2.…`; also `#V2.…` and other versions, so that the share banner can say what is wrong with them.
    if (/^#[vV]\d/.test(hash)) {
      this.share = hash.slice(1);
      return;
    }
    const m = /^#\/([\w-]+)/.exec(hash);
    this.view = m ? m[1] : 'data';
  }

  go(view: string) {
    this.view = view;
    this.share = null;
    if (window.location.hash !== `#/${view}`) history.pushState(null, '', `#/${view}`);
  }
}

export const route = new RouteState();
