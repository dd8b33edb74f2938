/* Local Neo4j: whether a Bolt server answers the protocol handshake at host:port (no login needed). */

import { connect } from 'node:net';

// The Bolt magic preamble, then four version proposals: 5.0–5.8, 4.4, and two empty slots.
const HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);

export function boltAnswers(host: string, port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let received = 0;
    const finish = (answered: boolean): void => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(received >= 4));
    socket.once('connect', () => socket.write(HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      // Any 4-byte reply is a Bolt server speaking; a version of 0 only means no proposal matched.
      if (received >= 4) finish(true);
    });
  });
}
