import path from "node:path";
import type { TestPerson } from "./sign-in";

/** The person auth.setup.ts signs in; with a fresh database per run, the owner of their first workspace. */
export const OWNER: Required<TestPerson> = { email: "owner@e2e.example.com", name: "Olive Owner" };

/** Cookies of the signed-in OWNER, written by auth.setup.ts before the other specs run. */
export const OWNER_STORAGE_STATE = path.join(process.cwd(), ".e2e", "storage", "owner.json");
