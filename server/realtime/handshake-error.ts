/** A refused handshake: the client's `connect_error` carries `message` and `data.code`. */
export function handshakeError(code: 'unauthorized' | 'parameter_invalid', message: string): Error {
  return Object.assign(new Error(message), { data: { code } });
}
