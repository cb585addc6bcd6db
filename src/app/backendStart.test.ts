import { backendMayStart } from './backendStart';
import { bootShellHtml, type BootTexts } from './bootShell';

const texts: BootTexts = {
  appName: 'Saksportal',
  loading: 'Laster …',
  signInTitle: 'Logg inn',
  email: 'E-post',
  password: 'Passord',
  submit: 'Logg inn',
  demoAccounts: 'Demokontoer',
  demoHint: 'Velg en konto',
};

/** Whether the promise has settled by the time pending tasks and idle callbacks have run. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 20));
  return done;
}

describe('when the mock backend starts', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('under the signed-in shell: at once, since its first data waits for it', async () => {
    root.innerHTML = bootShellHtml('app', texts);
    expect(await settled(backendMayStart())).toBe(true);
  });

  it('on the sign-in page: not while the boot shell shows, then once the page has replaced it', async () => {
    root.innerHTML = bootShellHtml('signIn', texts);
    const start = backendMayStart();
    expect(await settled(start)).toBe(false);
    root.innerHTML = '<main class="login"><form><input aria-label="E-post"></form></main>';
    expect(await settled(start)).toBe(true);
  });

  it('on the sign-in page: at the first key, even while the boot shell still shows', async () => {
    root.innerHTML = bootShellHtml('signIn', texts);
    const start = backendMayStart();
    expect(await settled(start)).toBe(false);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(await settled(start)).toBe(true);
  });
});
