export * from "./infra"
