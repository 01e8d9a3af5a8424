import pulumi_aws as aws

fn = aws.lambda_.Function("fn", runtime="python3.12", handler="app.handler", role=role.arn, code=code)
fn2 = aws.lambda_.Function("fn2", runtime=aws.lambda_.Runtime.PYTHON3D13, handler="app.handler", role=role.arn, code=code)


def test_runtime(call_args):
    assert call_args[1]["runtime"] == "python3.9"
