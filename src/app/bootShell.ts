/**
 * The boot shell: what the first paint shows before any script has run, and what React shows while the
 * first route and the session load, in one markup so that nothing flashes between the two.
 *
 * - signed out (no session token) or on /login: the sign-in page's two cards with their headings and
 *   labels (fields as empty boxes: nothing to type into before the real form is there), the demo accounts
 *   loading as on the page itself;
 * - signed in: the top bar with the brand and a loading line.
 *
 * index.html gets both variants in both languages at build time (the texts come from locales/, see the
 * `bootShell` plugin in vite.config.ts) and a tiny inline script picks one by the stored language and
 * session before the first paint, so an English or signed-in user never sees the Norwegian sign-in.
 * No imports: vite.config.ts loads this file in Node.
 */
export interface BootTexts {
  appName: string;
  loading: string;
  signInTitle: string;
  email: string;
  password: string;
  submit: string;
  demoAccounts: string;
  demoHint: string;
}

export type BootKind = 'signIn' | 'app';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function bootShellHtml(kind: BootKind, t: BootTexts): string {
  // src/components/ui/States.tsx's Loading.
  const loading = `<div class="state state-loading" role="status"><span class="spinner" aria-hidden="true"></span> ${esc(t.loading)}</div>`;
  if (kind === 'signIn') {
    // The classes of src/components/ui/Field.tsx and Button.tsx (Designsystemet), on inert elements.
    const field = (label: string) =>
      `<div class="field ds-field"><span class="field-label ds-label">${esc(label)}</span><span class="input ds-input boot-input"></span></div>`;
    return (
      `<main class="login boot" aria-busy="true"><section class="login-card"><h1>${esc(t.signInTitle)}</h1>` +
      `${field(t.email)}${field(t.password)}<span class="btn btn-primary ds-button boot-button" data-variant="primary" data-color="accent">${esc(t.submit)}</span></section>` +
      `<section class="login-card" aria-labelledby="demo-accounts"><h2 id="demo-accounts">${esc(t.demoAccounts)}</h2><p>${esc(t.demoHint)}</p>${loading}</section></main>`
    );
  }
  // The layout's top bar (src/app/Layout.tsx: brand with its mark) and its loading line.
  return (
    `<div class="shell boot" aria-busy="true"><header class="topbar"><div class="topbar-inner"><span class="brand">` +
    `<span class="brand-mark" aria-hidden="true">${esc(BRAND_MARK)}</span>${esc(t.appName)}</span></div></header>` +
    `<main>${loading}</main></div>`
  );
}

/** The letter in the layout's brand mark (Layout.tsx). */
const BRAND_MARK = 'S';

/** The choice the inline script of index.html makes, for React's fallbacks to make the same. */
export function bootKind(pathname: string, hasSession: boolean): BootKind {
  return !hasSession || pathname === '/login' || pathname.startsWith('/login/') ? 'signIn' : 'app';
}

/**
 * The inline script for index.html: `variants` holds both languages' variants. Keys as in src/lib/i18n.ts
 * (`saksportal.lang`) and src/api/client.ts (the session token).
 */
export function bootScript(variants: Record<'nb' | 'en', Record<BootKind, string>>): string {
  return (
    `(function(){var V=${JSON.stringify(variants).replace(/</g, '\\u003c')};function g(k){try{return localStorage.getItem(k)}catch(e){return null}}` +
    `var l=g('saksportal.lang')==='en'?'en':'nb';document.documentElement.lang=l;var p=location.pathname;` +
    // The session as src/api/client.ts's sessionToken.get() finds it: this tab's (sessionStorage; '' = signed
    // out here), else the last sign-in (localStorage), else the one token of a build that keeps it there.
    `var o;try{o=sessionStorage.getItem('saksportal.session.token')}catch(e){o=null}` +
    `var t=o!==null?o:(g('saksportal.session.last')||g('saksportal.session.token'));` +
    `var k=!t||p==='/login'||p.indexOf('/login/')===0?'signIn':'app';` +
    `document.getElementById('root').innerHTML=V[l][k];})();`
  );
}

/**
 * The modules src/main.tsx imports dynamically at start-up (React DOM, the app, the mock backend's page
 * side), from the project's root: the loader preloads their chunks (vite.config.ts) and the bundle report
 * counts them as the first load (scripts/bench.ts).
 */
export const START_MODULES = ['node_modules/react-dom/client.js', 'src/app/start.tsx', 'mocks/browser.ts'];

/** How long the signed-in page's scripts wait for the backend at most (one that hangs or is slow). */
export const BACKEND_WAIT_MS = 3000;

/**
 * The production build's loader (index.html, at the end of the body): the page's scripts start after the
 * boot shell's first paint instead of competing with it for a slow line and CPU (on a phone the scripts
 * are ~300 kB: the first paint came a second later): the entry's imports are preloaded and the entry
 * added. In a hidden tab (no frames are drawn there) they start at once.
 *
 * Under the signed-in shell, the backend (`backend.start`, mocks/earlyStart.ts) starts at once, before the
 * first paint, and the page's scripts when it is ready (BACKEND_WAIT_MS at most). That page's first data
 * waits for the backend anyway (with 100,000 cases, for seeding); run beside the backend's start-up, the
 * scripts' tasks took longer on two shared cores and the page was not ready sooner. When the backend
 * says it is seeding many cases (`seeding`: a second with 100,000), they start at once: the page is then
 * ready before the backend, and its first requests wait for the seeding. The sign-in page needs
 * no data before the user acts: there src/main.tsx starts the backend once the page is up
 * (backendMayStart).
 */
export function afterFirstPaintScript(
  backend: { start: string; global: string },
  entry: string,
  preloads: string[],
): string {
  const add = (tag: string, attrs: Record<string, string>) =>
    `e=document.createElement(${JSON.stringify(tag)});` +
    Object.entries(attrs)
      .map(([k, v]) => `e.${k}=${JSON.stringify(v)};`)
      .join('') +
    `document.head.appendChild(e);`;
  return (
    `(function(){var d=false,e,B;if(document.querySelector('#root>.shell')){${backend.start};B=window.${backend.global}}` +
    `function go(){if(d)return;d=true;` +
    preloads.map((href) => add('link', { rel: 'modulepreload', crossOrigin: '', href })).join('') +
    add('script', { type: 'module', crossOrigin: '', src: entry }) +
    `}if(B){B.worker.addEventListener('message',function(m){var t=m.data&&m.data.type;if(t==='ready'||t==='failed'||t==='seeding')go()});` +
    `B.worker.addEventListener('error',go);setTimeout(go,${BACKEND_WAIT_MS})}` +
    `else if(document.visibilityState==='hidden')go();else requestAnimationFrame(function(){setTimeout(go,0)});})();`
  );
}
