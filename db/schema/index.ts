export * from "./auth";
export * from "./tenancy";
export * from "./activity";
export * from "./integrations";
export * from "./jobs";
