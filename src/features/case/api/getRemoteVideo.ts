import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { RemoteVideo } from '@/api/contract';
import { casePath, caseWorkKeys } from './caseWorkKeys';

/** GET /cases/:caseId/remote-video — in4mo Remote Video. */
export const getRemoteVideo = (caseId: string, signal?: AbortSignal) =>
  apiRequest({ path: casePath(caseId, 'remote-video'), schema: RemoteVideo, signal });

export const remoteVideoQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.remoteVideo(caseId), queryFn: ({ signal }) => getRemoteVideo(caseId, signal) });

export const useRemoteVideo = (caseId: string) => useQuery(remoteVideoQuery(caseId));
