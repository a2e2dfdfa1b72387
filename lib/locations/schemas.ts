import { z } from "zod";
import { ADDRESS_MAX, EMAIL_MAX, NAME_MAX } from "./limits";

const emailFormat = z.email();
const uuidFormat = z.uuid();

// A blank optional field means "none": stored as null, never as "".
const blankToNull = (value: string) => (value === "" ? null : value);

const name = z
  .string({ error: "nameRequired" })
  .trim()
  .min(1, { error: "nameRequired" })
  .max(NAME_MAX, { error: "nameTooLong" });

const address = z.string().trim().max(ADDRESS_MAX, { error: "addressTooLong" }).transform(blankToNull).nullish();

const email = z
  .string()
  .trim()
  .max(EMAIL_MAX, { error: "emailInvalid" })
  .refine((value) => value === "" || emailFormat.safeParse(value).success, { error: "emailInvalid" })
  .transform(blankToNull)
  .nullish();

// Only the shape is checked here; that the branch belongs to the workspace is the query layer's job.
const branchId = z
  .string()
  .trim()
  .refine((value) => value === "" || uuidFormat.safeParse(value).success, { error: "branchNotFound" })
  .transform(blankToNull)
  .nullish();

const id = z.uuid({ error: "notFound" });

/**
 * What a branch or staff form may send. Error messages are keys under `locations.errors` in
 * messages/<locale>/locations.json: the forms translate them, so the rules live in one place
 * and the server needs no knowledge of the reader's language to explain a mistake.
 */
export const branchSchema = z.object({ name, address });
export const updateBranchSchema = branchSchema.extend({ id });

export const staffSchema = z.object({ name, email, branchId });
export const updateStaffSchema = staffSchema.extend({ id });

export const deleteByIdSchema = z.object({ id });
