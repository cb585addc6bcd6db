import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dialog } from './Dialog';

/** A page whose opener may disappear while the dialog is open (as a deleted row's "Fjern" does). */
function Page({ removeOpener }: { removeOpener: boolean }) {
  const [open, setOpen] = useState(false);
  const [gone, setGone] = useState(false);
  return (
    <main id="main">
      <h1>Sak</h1>
      {!gone && <button onClick={() => setOpen(true)}>Åpne</button>}
      {open && (
        <Dialog
          title="Bekreft"
          onClose={() => {
            if (removeOpener) setGone(true);
            setOpen(false);
          }}
          actions={<button onClick={() => setOpen(false)}>Avbryt</button>}
        >
          <input aria-label="Felt" />
        </Dialog>
      )}
    </main>
  );
}

describe('Dialog', () => {
  it('moves focus in, keeps Tab inside, closes on Escape and returns focus to the opener', async () => {
    const user = userEvent.setup();
    render(<Page removeOpener={false} />);
    await user.click(screen.getByRole('button', { name: 'Åpne' }));
    const dialog = screen.getByRole('dialog', { name: 'Bekreft' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Åpne' }));
  });

  it("focuses the page heading when the opener is gone, instead of dropping focus on the page's body", async () => {
    const user = userEvent.setup();
    render(<Page removeOpener />);
    await user.click(screen.getByRole('button', { name: 'Åpne' }));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Sak' }));
  });
});
