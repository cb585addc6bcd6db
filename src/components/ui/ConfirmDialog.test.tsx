import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/api/client';
import { AppProviders, createQueryClient } from '@/app/providers';
import { ConfirmDialog } from './ConfirmDialog';

function Page({ onConfirm, error }: { onConfirm: () => void; error?: unknown }) {
  const [open, setOpen] = useState(false);
  return (
    <main id="main">
      <h1>Sak</h1>
      <button onClick={() => setOpen(true)}>Avbryt</button>
      {open && (
        <ConfirmDialog
          title="Avbryt saken"
          consequence="Saken avbrytes og kan ikke lenger endres."
          confirmLabel="Avbryt saken"
          onConfirm={onConfirm}
          onClose={() => setOpen(false)}
          error={error}
        />
      )}
    </main>
  );
}

const renderPage = (props: Parameters<typeof Page>[0]) =>
  render(
    <AppProviders client={createQueryClient()}>
      <Page {...props} />
    </AppProviders>,
  );

describe('ConfirmDialog', () => {
  it('names the consequence, and going back changes nothing', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    renderPage({ onConfirm });
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    const dialog = screen.getByRole('dialog', { name: 'Avbryt saken' });
    expect(dialog).toHaveAccessibleDescription('Saken avbrytes og kan ikke lenger endres.');
    await user.click(within(dialog).getByRole('button', { name: 'Tilbake' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('runs the change only on the button that says what it does', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    renderPage({ onConfirm });
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Avbryt saken' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('keeps a failure in the dialog and offers to try again', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    renderPage({ onConfirm, error: new ApiError(409, { code: 'stale_version', message: 'stale' }) });
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    const dialog = screen.getByRole('dialog', { name: 'Avbryt saken' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Noen andre har endret dette');
    await user.click(within(dialog).getByRole('button', { name: 'Prøv igjen' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
