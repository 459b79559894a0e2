import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP forwarder on a loopback port, standing between the server and its database, so a test
 * can take the database away and bring it back as a network would: `close()` refuses new
 * connections and cuts the open ones, `hang()` accepts connections and answers nothing,
 * `open()` forwards again on the same port.
 */
export interface TcpProxy {
  port: number;
  open(): Promise<void>;
  hang(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let forwarding = true;
  let server: Server | null = null;
  let port = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
  };

  const listen = async () => {
    const listening = createServer((client) => {
      track(client);
      // Hanging: the connection is accepted and held, and the database never hears of it.
      if (!forwarding) return;
      const upstream = connect(target.port, target.host);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => resolve());
    });
    server = listening;
    port = (listening.address() as AddressInfo).port;
  };
  const stopListening = async () => {
    const listening = server;
    server = null;
    if (listening) await new Promise<void>((resolve) => listening.close(() => resolve()));
  };

  await listen();
  return {
    port,
    async open() {
      cutAll();
      forwarding = true;
      if (!server) await listen();
    },
    async hang() {
      cutAll();
      forwarding = false;
      if (!server) await listen();
    },
    async close() {
      const stopped = stopListening();
      cutAll();
      await stopped;
    },
  };
}
