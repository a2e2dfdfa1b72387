// Sealing and opening secrets. resealAllSecrets lives in ./reseal-all: it needs the database.
export { integrationSecretBinding, webhookSecretBinding, type SecretBinding } from "./binding";
export { SecretError, type SecretErrorCode } from "./errors";
export { secretHint, secretLast4 } from "./hint";
export {
  createKeyring,
  generateKeyBase64,
  Keyring,
  keyringFromEnv,
  parseKeyringSpec,
  type KeyringEntry,
} from "./keyring";
export { resealIfNeeded } from "./reseal";
export { openSecret, sealSecret, type OpenedSecret } from "./seal";
