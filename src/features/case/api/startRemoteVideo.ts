import { apiRequest } from '@/api/client';
import { RemoteVideoSession } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/remote-video/sessions (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const startRemoteVideo = (caseId: string) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'remote-video', 'sessions'), schema: RemoteVideoSession });
