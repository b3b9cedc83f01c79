export * from "./fraction";
export * from "./periods";
export * from "./granted";
export * from "./balance";
export * from "./pace";
export * from "./format";
export * from "./clipping";
