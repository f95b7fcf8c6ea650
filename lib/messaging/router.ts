import * as v from 'valibot';
import { PAYLOADS, isPrivilegedType, type MessageType, type Payload, type Reply, type Result } from './protocol';

/** What the background knows about who sent a message (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handler<K extends MessageType> = (payload: Payload<K>, sender: Sender) => Promise<Result<K>> | Result<K>;
/** Every message needs a handler: a missing one is a compile error. */
export type Handlers = { [K in MessageType]: Handler<K> };

export interface RouterOptions {
  extensionOrigin: string;
  /** True when a content-script sender's tab is an ESP page this extension may read. */
  isEspTab: (tabUrl: string) => boolean;
}

/**
 * Validates the envelope, the sender and the payload, then dispatches. Content scripts may only
 * report; only extension pages may ask for or change state.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(message: unknown, sender: Sender): Promise<Reply<MessageType>> {
    if (typeof message !== 'object' || message === null || typeof (message as { type?: unknown }).type !== 'string') {
      return { ok: false, error: 'Malformed message' };
    }
    const { type, payload } = message as { type: string; payload: unknown };
    if (!Object.hasOwn(PAYLOADS, type)) return { ok: false, error: `Unknown message type: ${type.slice(0, 40)}` };
    const key = type as MessageType;
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
    if (isPrivilegedType(key)) {
      if (!fromExtensionPage) return { ok: false, error: `${key} is only accepted from extension pages` };
    } else {
      const tabUrl = sender.tab?.url;
      if (fromExtensionPage || !tabUrl || !options.isEspTab(tabUrl)) {
        return { ok: false, error: `${key} is only accepted from ESP pages` };
      }
    }
    const parsed = v.safeParse(PAYLOADS[key], payload);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue ? v.getDotPath(issue) : null;
      return { ok: false, error: `Invalid ${key} payload${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unknown'}` };
    }
    const handler = handlers[key] as Handler<typeof key>;
    try {
      return { ok: true, result: await handler(parsed.output as never, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
