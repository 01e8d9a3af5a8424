import { TapStack } from "./infra"

new TapStack("app")
