import { Bucket } from "./storage";
import { Queue } from "bullmq";

const uploads = new Bucket("uploads");
const jobs = new Queue("jobs");
