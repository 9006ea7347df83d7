import { useContext, useEffect, useState } from 'react';
import type { Presence, TeammateRef, Typing } from '../../../protocol/realtime.ts';
import { RealtimeContext } from './context.ts';

/** Someone typing stops counting as typing when no new signal comes for this long (a closed tab says nothing). */
const TYPING_EXPIRES_MS = 6000;

export type Typist = Typing['author'];

export interface ConversationPresence {
  /** Other teammates looking at the conversation. */
  viewers: TeammateRef[];
  /** The customer or teammates typing in it right now. */
  typists: Typist[];
}

const keyOf = (author: Typist) => `${author.type}:${author.id}`;

/**
 * Says this teammate views the conversation (and stops on leaving), and follows who else views it and who types
 * in it: the collision notice and the typing indicator. Re-announces itself after a reconnection.
 */
export function useConversationPresence(conversationId: string): ConversationPresence {
  const connection = useContext(RealtimeContext);
  const [viewers, setViewers] = useState<TeammateRef[]>([]);
  const [typists, setTypists] = useState<Typist[]>([]);

  useEffect(() => {
    if (!connection) return;
    const { socket } = connection;
    const timers = new Map<string, ReturnType<typeof setTimeout>>();

    const announce = () =>
      socket.emit('viewing', { conversation_id: conversationId }, (reply) => {
        if (reply.ok && 'viewers' in reply) setViewers(reply.viewers);
      });
    const onPresence = (presence: Presence) => {
      if (presence.conversation_id !== conversationId) return;
      setViewers((current) => {
        const others = current.filter((viewer) => viewer.id !== presence.admin.id);
        return presence.viewing ? [...others, presence.admin] : others;
      });
      if (!presence.viewing) stopTyping(presence.admin);
    };
    const stopTyping = (author: Typist) => {
      clearTimeout(timers.get(keyOf(author)));
      timers.delete(keyOf(author));
      setTypists((current) => current.filter((typist) => keyOf(typist) !== keyOf(author)));
    };
    const onTyping = (typing: Typing) => {
      if (typing.conversation_id !== conversationId) return;
      if (!typing.is_typing) {
        stopTyping(typing.author);
        return;
      }
      clearTimeout(timers.get(keyOf(typing.author)));
      timers.set(
        keyOf(typing.author),
        setTimeout(() => stopTyping(typing.author), TYPING_EXPIRES_MS),
      );
      setTypists((current) =>
        current.some((typist) => keyOf(typist) === keyOf(typing.author)) ? current : [...current, typing.author],
      );
    };

    socket.on('presence', onPresence);
    socket.on('typing', onTyping);
    socket.on('connect', announce);
    if (socket.connected) announce();
    return () => {
      socket.off('presence', onPresence);
      socket.off('typing', onTyping);
      socket.off('connect', announce);
      for (const timer of timers.values()) clearTimeout(timer);
      if (socket.connected) socket.emit('stop_viewing');
      setViewers([]);
      setTypists([]);
    };
  }, [connection, conversationId]);

  return { viewers, typists };
}
