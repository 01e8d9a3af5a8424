import { TapStack } from "./lib/tap-stack"; // iacfix-expect: notExported

new TapStack("tap");
