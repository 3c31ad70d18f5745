// Debian 12's Node 18 has WebCrypto, but not yet as the global that openid-client and jose use in Node.
import { webcrypto } from 'node:crypto';

globalThis.crypto ??= webcrypto;
