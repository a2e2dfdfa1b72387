// oidc-provider storage in a Map, one per IdP instance. Everything is lost on restart, which is
// what a development IdP wants (the app keeps its own sessions). Passing an adapter also keeps
// oidc-provider from warning about its built-in quick-start one on every start.

/** @returns {new (model: string) => object} an adapter class bound to one fresh store */
export function createMemoryAdapter() {
  /** @type {Map<string, { payload: Record<string, unknown>, expiresAt: number }>} */
  const store = new Map();

  const read = (key) => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  return class MemoryAdapter {
    constructor(model) {
      this.model = model;
    }

    key(id) {
      return `${this.model}:${id}`;
    }

    async upsert(id, payload, expiresIn) {
      const expiresAt = typeof expiresIn === "number" ? Date.now() + expiresIn * 1000 : Infinity;
      store.set(this.key(id), { payload, expiresAt });
      if (payload.uid) store.set(`uid:${this.model}:${payload.uid}`, { payload: { id }, expiresAt });
      if (payload.userCode) store.set(`userCode:${payload.userCode}`, { payload: { id }, expiresAt });
    }

    async find(id) {
      return read(this.key(id));
    }

    async findByUid(uid) {
      const ref = read(`uid:${this.model}:${uid}`);
      return ref ? this.find(ref.id) : undefined;
    }

    async findByUserCode(userCode) {
      const ref = read(`userCode:${userCode}`);
      return ref ? this.find(ref.id) : undefined;
    }

    async consume(id) {
      const payload = read(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id) {
      store.delete(this.key(id));
    }

    async revokeByGrantId(grantId) {
      for (const [key, entry] of store) {
        if (entry.payload.grantId === grantId) store.delete(key);
      }
    }
  };
}
