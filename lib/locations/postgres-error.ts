/**
 * Whether `error`, or an error it wraps, is Postgres refusing a duplicate under `constraint`.
 * Drizzle wraps driver errors in `cause`; postgres-js names the constraint `constraint_name`,
 * PGlite `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (candidate.code === "23505") return (candidate.constraint_name ?? candidate.constraint) === constraint;
    current = candidate.cause;
  }
  return false;
}
