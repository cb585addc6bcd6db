import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { MemberSettings } from '@/api/contract';
import { memberKeys } from './keys';

/** GET /members/settings: the portal default limit ("Bruk standard: … NOK") and whether "Godkjenne budsjett" is granted. */
export const getMemberSettings = (signal?: AbortSignal) =>
  apiRequest({ path: '/members/settings', schema: MemberSettings, signal });

export const memberSettingsQuery = () =>
  queryOptions({ queryKey: memberKeys.settings(), queryFn: ({ signal }) => getMemberSettings(signal) });

export const useMemberSettings = () => useQuery(memberSettingsQuery());
