import * as aws from "@pulumi/aws";

const repo = new aws.ecr.Repository("app-repo", { forceDelete: true });
new aws.ecr.LifecyclePolicy("app-repo-lifecycle", {
    repository: repo.name,
    policy: JSON.stringify({ rules: [] }),
});

export const repositoryUrl = repo.repositoryUrl;
