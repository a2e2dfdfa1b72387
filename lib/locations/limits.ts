/** Field lengths, shared by the zod rules and the forms' `maxLength` (without pulling zod into the browser). */
export const NAME_MAX = 120;
export const ADDRESS_MAX = 500;
export const EMAIL_MAX = 320;
