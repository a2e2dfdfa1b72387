// Types for index.mjs, so TypeScript callers (e2e global setup, Vitest) import it without allowJs.

export interface LocalIdpClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  /** Shown on the sign-in page as "Sign in to <name>". */
  client_name?: string;
}

export interface LocalIdpOptions {
  port: number;
  /** Defaults to `http://localhost:<port>`. */
  issuer?: string;
  clients: LocalIdpClient[];
  /** Keys that sign the IdP's cookies; random per start when omitted. */
  cookieKeys?: string[];
  log?: (line: string) => void;
}

export interface LocalIdp {
  issuer: string;
  close(): Promise<void>;
}

export function startLocalIdp(options: LocalIdpOptions): Promise<LocalIdp>;
