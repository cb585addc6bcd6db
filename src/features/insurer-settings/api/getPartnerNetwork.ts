import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { PartnerNetwork } from '@/api/contract';

export const insurerSettingsKeys = {
  all: ['insurer-settings'] as const,
  partnerNetwork: () => [...insurerSettingsKeys.all, 'partner-network'] as const,
};

/** GET /portal/partner-network: the offices in the insurer's partner network (the insurer's staff only). */
export const getPartnerNetwork = (signal?: AbortSignal) =>
  apiRequest({ path: '/portal/partner-network', schema: PartnerNetwork, signal });

export const partnerNetworkQuery = () =>
  queryOptions({ queryKey: insurerSettingsKeys.partnerNetwork(), queryFn: ({ signal }) => getPartnerNetwork(signal) });

export const usePartnerNetwork = () => useQuery(partnerNetworkQuery());
