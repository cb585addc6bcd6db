import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/api/client';
import { AppProviders, createQueryClient } from '@/app/providers';
import { PickOneDialog, type PickOneDialogProps, type PickOneOption } from './PickOneDialog';

const OFFICES: PickOneOption[] = [
  { id: 'o1', label: '(15.3 km) Hans & Jørn Servicepartner - Oslo' },
  { id: 'o2', label: '(38.0 km) Hans & Jørn Servicepartner - Drammen' },
];

function Harness(overrides: Partial<PickOneDialogProps>) {
  const [open, setOpen] = useState(true);
  if (!open) return <p>lukket</p>;
  return (
    <PickOneDialog
      title="Tildel: Ekstern saksbehandler"
      label="Kontor"
      placeholder="Velg kontor"
      options={OFFICES}
      loading={false}
      loadError={null}
      onRetryLoad={() => undefined}
      emptyText="Ingen kontor"
      onSave={() => undefined}
      saving={false}
      saveError={null}
      fieldName="officeId"
      onRetrySave={() => undefined}
      onClose={() => setOpen(false)}
      {...overrides}
    />
  );
}

const renderDialog = (overrides: Partial<PickOneDialogProps> = {}) => {
  const utils = render(
    <AppProviders client={createQueryClient()}>
      <main id="main">
        <Harness {...overrides} />
      </main>
    </AppProviders>,
  );
  return {
    ...utils,
    user: userEvent.setup(),
    dialog: screen.getByRole('dialog', { name: 'Tildel: Ekstern saksbehandler' }),
  };
};

describe('PickOneDialog', () => {
  it('marks the choice Obligatorisk, says so at the field on LAGRE without one, and sends the choice', async () => {
    const onSave = vi.fn();
    const { user, dialog } = renderDialog({ onSave });
    const select = within(dialog).getByRole('combobox', { name: 'Kontor' });
    expect(select).toBeRequired();
    expect(select).toHaveAccessibleDescription('Obligatorisk');
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(within(dialog).getByText('Feltet er obligatorisk.')).toBeInTheDocument();
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();

    await user.selectOptions(select, 'o2');
    expect(within(dialog).queryByText('Feltet er obligatorisk.')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(onSave).toHaveBeenCalledWith('o2');
  });

  it("shows the server's 422 at the field, and clears it when the choice changes", async () => {
    const onPick = vi.fn();
    const saveError = new ApiError(422, {
      code: 'validation',
      message: 'x',
      fieldErrors: { officeId: { code: 'validation.notEligible' } },
    });
    const { user, dialog } = renderDialog({ saveError, onPick, initialValue: 'o1' });
    const select = within(dialog).getByRole('combobox', { name: 'Kontor' });
    expect(select).toHaveAccessibleDescription(expect.stringContaining('Valget er ikke tilgjengelig.'));
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('button', { name: 'Prøv igjen' })).not.toBeInTheDocument();
    await user.selectOptions(select, 'o2');
    expect(onPick).toHaveBeenCalled();
  });

  it('offers "Prøv igjen" when the list failed to load, and when the save failed otherwise', async () => {
    const onRetryLoad = vi.fn();
    const onRetrySave = vi.fn();
    const { user, dialog } = renderDialog({
      options: undefined,
      loadError: new ApiError(503, { code: 'unavailable', message: 'x' }),
      onRetryLoad,
      saveError: new ApiError(409, { code: 'stale_version', message: 'x' }),
      onRetrySave,
    });
    expect(within(dialog).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'LAGRE' })).toBeDisabled();
    const retries = within(dialog).getAllByRole('button', { name: 'Prøv igjen' });
    expect(retries).toHaveLength(2);
    await user.click(retries[0]!);
    expect(onRetryLoad).toHaveBeenCalledTimes(1);
    await user.click(retries[1]!);
    expect(onRetrySave).toHaveBeenCalledTimes(1);
  });

  it('says what to do when the list is empty, with no LAGRE that does nothing', () => {
    const { dialog } = renderDialog({
      options: [],
      emptyText: 'Ingen kontor har aktive brukere markert som ekstern saksbehandler.',
    });
    expect(
      within(dialog).getByText('Ingen kontor har aktive brukere markert som ekstern saksbehandler.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'LAGRE' })).toBeDisabled();
  });

  it('closes without a request when the current choice is saved unchanged, and AVBRYT closes too', async () => {
    const onSave = vi.fn();
    const { user, dialog } = renderDialog({ onSave, initialValue: 'o1' });
    expect(within(dialog).getByRole('combobox', { name: 'Kontor' })).toHaveValue('o1');
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('AVBRYT closes without saving', async () => {
    const onSave = vi.fn();
    const { user, dialog } = renderDialog({ onSave });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kontor' }), 'o1');
    await user.click(within(dialog).getByRole('button', { name: 'AVBRYT' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });
});
