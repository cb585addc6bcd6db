import { apiRequest } from '@/api/client';
import { CustomerMessage } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/customer-messages (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const sendCustomerMessage = (caseId: string, text: string) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'customer-messages'), body: { text }, schema: CustomerMessage });
