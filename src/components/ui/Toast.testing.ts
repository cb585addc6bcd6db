import { screen, within } from '@testing-library/react';

/** The toast region (role="status", "Bekreftelser"), to look for what a change just confirmed. For nb tests. */
export const toastRegion = () => within(screen.getByRole('status', { name: 'Bekreftelser' }));
