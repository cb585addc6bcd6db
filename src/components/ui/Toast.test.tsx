import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders, createQueryClient } from '@/app/providers';
import { useToast } from './Toast';

function SaveButton({ message }: { message: string }) {
  const toast = useToast();
  return <button onClick={() => toast.show(message)}>Lagre</button>;
}

const renderWithProviders = (ui: React.ReactNode) =>
  render(<AppProviders client={createQueryClient()}>{ui}</AppProviders>);

describe('Toast', () => {
  it('announces what just changed in a status region outside the app root, and can be dismissed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SaveButton message="Saken er satt på vent." />);
    const region = screen.getByRole('status', { name: 'Bekreftelser' });
    expect(region).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(within(region).getByText('Saken er satt på vent.')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Lukk meldingen' }));
    expect(region).toBeEmptyDOMElement();
  });

  it('goes away by itself after a while, and the same message twice shows once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      renderWithProviders(<SaveButton message="Påminnelse slått på." />);
      await user.click(screen.getByRole('button', { name: 'Lagre' }));
      await user.click(screen.getByRole('button', { name: 'Lagre' }));
      expect(
        within(screen.getByRole('status', { name: 'Bekreftelser' })).getAllByText('Påminnelse slått på.'),
      ).toHaveLength(1);
      act(() => vi.advanceTimersByTime(9000));
      expect(screen.getByRole('status', { name: 'Bekreftelser' })).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses to be used without its provider, so a forgotten provider is found at once', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<SaveButton message="x" />)).toThrow(/ToastProvider/);
    spy.mockRestore();
  });
});
