// <coopole-nav>: Coopole's side menu, drawn in the browser from one property (decision 0028). The server keeps one
// element with its entries as JSON — [{path, label, icon, count, countLabel}] — instead of a state node for every
// item, label and icon of Vaadin's side navigation. Its links are Vaadin router links (a click navigates without
// reloading the page); the entry of the page shown carries aria-current="page", kept up to date on each navigation.
class CoopoleNav extends HTMLElement {
  constructor() {
    super();
    this._entries = [];
    this._mark = () => this._markCurrent();
  }

  set entries(value) {
    this._entries = typeof value === 'string' ? JSON.parse(value || '[]') : (value || []);
    this._render();
  }

  get entries() {
    return this._entries;
  }

  connectedCallback() {
    // a value set before this element was defined sits on the instance and hides the setter: take it over
    if (Object.prototype.hasOwnProperty.call(this, 'entries')) {
      const value = this.entries;
      delete this.entries;
      this.entries = value;
    }
    window.addEventListener('vaadin-navigated', this._mark);
    window.addEventListener('popstate', this._mark);
    this._render();
  }

  disconnectedCallback() {
    window.removeEventListener('vaadin-navigated', this._mark);
    window.removeEventListener('popstate', this._mark);
  }

  _render() {
    if (!this.isConnected) {
      return;
    }
    const list = document.createElement('ul');
    for (const entry of this._entries) {
      const link = document.createElement('a');
      link.href = entry.path;
      link.setAttribute('router-link', '');
      if (entry.icon) {
        const icon = document.createElement('vaadin-icon');
        icon.setAttribute('icon', entry.icon);
        icon.setAttribute('aria-hidden', 'true');
        link.append(icon);
      }
      const label = document.createElement('span');
      label.className = 'coopole-nav-label';
      label.textContent = entry.label;
      link.append(label);
      if (entry.count) {
        const count = document.createElement('span');
        count.className = 'coopole-unread-count';
        count.setAttribute('aria-hidden', 'true');
        count.textContent = entry.count;
        const said = document.createElement('span');
        said.className = 'coopole-visually-hidden';
        said.textContent = entry.countLabel || '';
        link.append(count, said);
      }
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    // a new count (a message came) redraws the list: the link that had the keyboard's focus keeps it
    const focused = this.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
    this.replaceChildren(list);
    this._markCurrent();
    if (focused !== null) {
      const again = [...this.querySelectorAll('a')].find(link => link.getAttribute('href') === focused);
      if (again) {
        again.focus();
      }
    }
  }

  /** The entry whose path is the page's, or the longest one the page's path lies under (a resource under "resources"). */
  _markCurrent() {
    const path = (url) => new URL(url, document.baseURI).pathname.replace(/\/+$/, '') || '/';
    const here = path(location.href);
    let current = null;
    let length = -1;
    for (const link of this.querySelectorAll('a')) {
      const target = path(link.href);
      const matches = here === target || (target !== '/' && here.startsWith(target + '/'));
      if (matches && target.length > length) {
        current = link;
        length = target.length;
      }
    }
    for (const link of this.querySelectorAll('a')) {
      if (link === current) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
    }
  }
}

customElements.define('coopole-nav', CoopoleNav);
