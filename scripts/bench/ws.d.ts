// The part of the `ws` package (a dependency of wrangler, no types shipped) that workerd-memory.ts uses.
declare module "ws" {
  namespace WebSocket {
    type RawData = Buffer | ArrayBuffer | Buffer[];
  }
  class WebSocket {
    constructor(url: string);
    on(event: "message", listener: (data: WebSocket.RawData) => void): this;
    off(event: "message", listener: (data: WebSocket.RawData) => void): this;
    once(event: "open" | "error", listener: (...args: unknown[]) => void): this;
    send(data: string): void;
    close(): void;
  }
  export default WebSocket;
}
