import { LoginPage } from '@/features/auth/LoginPage';
import { StorageNotice } from '@/features/storage/StorageNotice';

export function Component() {
  return (
    <>
      <StorageNotice />
      <LoginPage />
    </>
  );
}
