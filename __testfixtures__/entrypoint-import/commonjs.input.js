import { TapStack } from "./stack";

new TapStack("app");
