import { PaymentInfrastructure } from "./infrastructure"; // iacfix-expect: missingExport

const infra = new PaymentInfrastructure("payments");

export const queueUrl = infra.queueUrl;
