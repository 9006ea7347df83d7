import type { Translation } from '../en.ts';

/** Spanish strings for the inbox's attention work (merged into es.ts under `attention`). */
export const attentionEs: Translation['attention'] = {
  events: {
    assignedTeam: 'Asignada a {{team}} por {{by}}',
    assignedSelf: '{{by}} se la asignó',
    assignedSelfByReply: '{{by}} respondió y se la asignó',
    snoozedUntil: 'Pospuesta por {{by}} hasta {{until}}',
    aTeam: 'un equipo',
  },
  list: {
    notePrefix: 'Nota:',
    snoozedUntil: 'Pospuesta hasta {{until}}',
  },
  thread: {
    mentionOfYou: 'te menciona',
  },
  replyAssigns: {
    label: 'Responder asigna la conversación',
    hint: 'Quien responde a una conversación sin asignar pasa a tenerla asignada (las notas no cuentan). También las respuestas por la API.',
  },
  notifications: {
    assignedTitle: 'Nueva conversación asignada a ti',
    mentionTitle: '{{name}} te mencionó',
    body: '{{contact}}: {{text}}',
  },
  preferences: {
    title: 'Bandeja y notificaciones',
    intro: 'Cómo te avisa la bandeja. Te siguen a cualquier navegador en el que inicies sesión.',
    moveOn: 'Abrir la siguiente conversación al cerrar o posponer',
    moveOnHint: 'Como en Intercom: se abre la siguiente de la lista para que sigas.',
    desktop: 'Notificaciones de escritorio',
    desktopHint:
      'Para las conversaciones que te asignan y cuando un compañero te menciona, mientras Charla está abierta en una pestaña. Solo avisa una de tus pestañas.',
    sound: 'Reproducir un sonido',
    soundHint: 'Un aviso breve con esas mismas notificaciones.',
    trySound: 'Probar el sonido',
    asking: 'El navegador te está preguntando si Charla puede mostrar notificaciones…',
    denied:
      'El navegador bloquea las notificaciones de Charla. Permítelas en la configuración del sitio (el icono a la izquierda de la dirección) y vuelve a activarlas.',
    blockedNow:
      'Las notificaciones están activadas, pero este navegador las bloquea para Charla. Permítelas en la configuración del sitio (el icono a la izquierda de la dirección).',
    unsupported: 'Este navegador no puede mostrar notificaciones de escritorio.',
  },
};
