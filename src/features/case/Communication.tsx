import { type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/Toast';
import { isApiError } from '@/api/client';
import { PostChatMessage, type CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Field';
import { FileField } from '@/components/ui/FileField';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useCaseMutation } from '@/api/caseMutation';
import { useContractForm } from '@/lib/forms';
import { useChat } from './api/getChat';
import { useCustomerMessages } from './api/getCustomerMessages';
import { useDocuments } from './api/getDocuments';
import { postChat } from './api/postChat';
import { sendCustomerMessage } from './api/sendCustomerMessage';
import { setChatSubscription } from './api/setChatSubscription';
import { shareCustomerPage } from './api/shareCustomerPage';
import { shareDocument } from './api/shareDocument';
import { uploadDocument } from './api/uploadDocument';
import { ActionError, canDo } from './shared';

type Props = { caseDetail: CaseDetail };

/** A message box with a send button; keeps the text when sending fails. The contract's schema checks the text (length). */
type SendCallbacks = { onSuccess: () => void; onError: (error: unknown) => void };
function MessageForm({
  label,
  onSend,
  pending,
  error,
}: {
  label: string;
  onSend: (text: string, callbacks: SendCallbacks) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('case');
  const form = useContractForm(PostChatMessage, { defaultValues: { text: '' } }, 'case');
  const text = form.watch('text');
  const id = `msg-${label.replace(/\W+/g, '-')}`;
  const textError = form.fieldError('text');
  const onSubmit = form.handleSubmit((v) =>
    onSend(v.text, { onSuccess: () => form.reset(), onError: (e) => form.applyServerErrors(e) }),
  );
  return (
    <form className="message-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        className="input"
        rows={3}
        aria-invalid={textError ? true : undefined}
        aria-describedby={textError ? `${id}-error` : undefined}
        {...form.register('text')}
      />
      {textError && (
        <div id={`${id}-error`} className="field-error ds-validation-message" role="alert">
          {textError}
        </div>
      )}
      <Button type="submit" disabled={pending || !text.trim()}>
        {t('chat.send')}
      </Button>
      {isApiError(error) && Object.keys(error.fieldErrors).length > 0 ? null : <ActionError error={error} />}
    </form>
  );
}

/** Chat (always granted). With "Markert for chat-notifikasjon" the notification box is ticked and cannot be unticked. */
export function ChatSection({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const toast = useToast();
  const chat = useChat(caseDetail.id);
  const post = useCaseMutation(caseDetail, (text: string, c) => postChat(c.id, text));
  const subscribe = useCaseMutation(caseDetail, (on: boolean, c) => setChatSubscription(c.id, on));
  return (
    <section aria-labelledby="case-chat-heading" className="case-section">
      <h2 id="case-chat-heading">{t('chat.title')}</h2>
      {chat.isPending ? (
        <Loading />
      ) : chat.isError ? (
        <ErrorState error={chat.error} ns="case" onRetry={() => void chat.refetch()} />
      ) : (
        <>
          <Checkbox
            label={t('chat.notify')}
            checked={chat.data.notification.subscribed}
            disabled={chat.data.notification.forced || subscribe.isPending}
            aria-describedby={chat.data.notification.forced ? 'chat-forced-hint' : undefined}
            onChange={(e) => {
              const on = e.target.checked;
              subscribe.mutate(on, {
                onSuccess: () => toast.show(t(on ? 'toast.chatNotifyOn' : 'toast.chatNotifyOff')),
              });
            }}
          />
          {chat.data.notification.forced && (
            <p id="chat-forced-hint" className="field-hint">
              {t('chat.forced')}
            </p>
          )}
          <ActionError error={subscribe.error} />
          {chat.data.messages.length === 0 ? (
            <Empty>{t('chat.empty')}</Empty>
          ) : (
            <ol className="messages" aria-label={t('chat.messages')}>
              {chat.data.messages.map((m) => (
                <li key={m.id}>
                  <span className="message-meta">{`${m.author?.name ?? ''}, ${formatDateTime(m.createdAt)}`}</span>
                  <p>{m.text}</p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {canDo(caseDetail, 'chat') && (
        <MessageForm
          label={t('chat.newMessage')}
          pending={post.isPending}
          error={post.error}
          onSend={(text, callbacks) =>
            post.mutate(text, {
              onSuccess: () => {
                toast.show(t('toast.chatSent'));
                callbacks.onSuccess();
              },
              onError: callbacks.onError,
            })
          }
        />
      )}
    </section>
  );
}

const formatSize = (bytes: number) =>
  bytes < 1024
    ? `${formatNumber(bytes)} B`
    : bytes < 1024 * 1024
      ? `${formatNumber(Math.round(bytes / 1024))} kB`
      : `${formatNumber(Math.round(bytes / 1024 / 102.4) / 10)} MB`;

/** Dokumenter (always granted): upload (a record of the file's name and size) and list; share with the customer with "Tilgang til kundekontakt". */
export function DocumentsSection({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const toast = useToast();
  const docs = useDocuments(caseDetail.id);
  const upload = useCaseMutation(caseDetail, (file: { name: string; size: number }, c) => uploadDocument(c.id, file));
  const share = useCaseMutation(caseDetail, (id: string, c) => shareDocument(c.id, id));
  const mayShare = canDo(caseDetail, 'customerContact');
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    for (const f of input.files ?? [])
      upload.mutate(
        { name: f.name, size: f.size },
        { onSuccess: (d) => toast.show(t('toast.documentUploaded', { name: d.name })) },
      );
    input.value = '';
  };
  return (
    <section aria-labelledby="case-docs-heading" className="case-section">
      <h2 id="case-docs-heading">{t('documents.title')}</h2>
      {canDo(caseDetail, 'documents') && (
        <FileField label={t('documents.upload')} multiple onChange={onFile} disabled={upload.isPending} />
      )}
      <ActionError error={upload.error ?? share.error} />
      {docs.isPending ? (
        <Loading />
      ) : docs.isError ? (
        <ErrorState error={docs.error} ns="case" onRetry={() => void docs.refetch()} />
      ) : docs.data.length === 0 ? (
        <Empty>{t('documents.empty')}</Empty>
      ) : (
        <table>
          <caption className="visually-hidden">{t('documents.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('documents.name')}</th>
              <th scope="col">{t('documents.size')}</th>
              <th scope="col">{t('documents.uploadedBy')}</th>
              <th scope="col">{t('documents.sharedWithCustomer')}</th>
            </tr>
          </thead>
          <tbody>
            {docs.data.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td>{formatSize(d.size)}</td>
                <td>{`${d.uploadedBy?.name ?? ''}, ${formatDateTime(d.uploadedAt)}`}</td>
                <td>
                  {d.sharedWithCustomer ? (
                    t('documents.shared')
                  ) : mayShare ? (
                    <Button
                      variant="link"
                      onClick={() =>
                        share.mutate(d.id, { onSuccess: () => toast.show(t('toast.documentShared', { name: d.name })) })
                      }
                      aria-label={t('documents.shareNamed', { name: d.name })}
                    >
                      {t('documents.share')}
                    </Button>
                  ) : (
                    t('documents.notShared')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Kundekontakt (Tilgang til kundekontakt): share the customer page, read and send customer messages. */
export function CustomerContactSection({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const toast = useToast();
  const messages = useCustomerMessages(caseDetail.id);
  const sharePage = useCaseMutation(caseDetail, (_: void, c) => shareCustomerPage(c.id, c.version));
  const send = useCaseMutation(caseDetail, (text: string, c) => sendCustomerMessage(c.id, text));
  return (
    <section id="kundekontakt" aria-labelledby="case-customer-heading" className="case-section">
      <h2 id="case-customer-heading">{t('customer.title')}</h2>
      <p>
        {caseDetail.customerPageShared
          ? t('customer.pageShared', { email: caseDetail.customer.email })
          : t('customer.pageNotShared')}{' '}
        {!caseDetail.customerPageShared && canDo(caseDetail, 'customerContact') && (
          <Button
            onClick={() =>
              sharePage.mutate(undefined, {
                onSuccess: () => toast.show(t('toast.customerPageShared', { email: caseDetail.customer.email })),
              })
            }
            disabled={sharePage.isPending}
          >
            {t('customer.sharePage')}
          </Button>
        )}
      </p>
      <ActionError error={sharePage.error} />
      <h3>{t('customer.messages')}</h3>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <ErrorState error={messages.error} ns="case" onRetry={() => void messages.refetch()} />
      ) : messages.data.length === 0 ? (
        <Empty>{t('customer.empty')}</Empty>
      ) : (
        <ol className="messages" aria-label={t('customer.messages')}>
          {messages.data.map((m) => (
            <li key={m.id}>
              <span className="message-meta">
                {`${m.direction === 'toCustomer' ? t('customer.toCustomer', { name: m.author?.name ?? '' }) : t('customer.fromCustomer')}, ${formatDateTime(m.createdAt)}`}
              </span>
              <p>{m.text}</p>
            </li>
          ))}
        </ol>
      )}
      {canDo(caseDetail, 'customerContact') && (
        <MessageForm
          label={t('customer.newMessage')}
          pending={send.isPending}
          error={send.error}
          onSend={(text, callbacks) =>
            send.mutate(text, {
              onSuccess: () => {
                toast.show(t('toast.customerMessageSent'));
                callbacks.onSuccess();
              },
              onError: callbacks.onError,
            })
          }
        />
      )}
    </section>
  );
}
